import { readFileSync } from 'node:fs';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../src/contract/openapi.js';
import { API_ROUTES, ROUTE_NAMES } from '../src/index.js';

const root = new URL('../', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { version: string };
const text = readFileSync(new URL('openapi.json', root), 'utf8');
const written = JSON.parse(text) as ReturnType<typeof openApiDocument>;

describe('openapi.json', () => {
  it('is what the contract builds now (npm run build writes it)', () => {
    expect(written).toEqual(JSON.parse(JSON.stringify(openApiDocument(version))));
  });

  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(JSON.parse(text) as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('is refused by the validator when an answer lacks its description, so the check above can fail', async () => {
    const broken = JSON.parse(text) as { paths: Record<string, Record<string, { responses: Record<string, { description?: string }> }>> };
    delete broken.paths['/feedback']!.post!.responses['202']!.description;
    expect((await new Validator().validate(broken)).valid).toBe(false);
  });

  it('documents each route with its body, its success answer and an error answer per status its codes have', () => {
    const feedback = written.paths['/feedback']!.post as { requestBody: unknown; responses: Record<string, { description: string }> };
    expect(feedback.requestBody).toEqual({ required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/FeedbackRequest' } } } });
    expect(Object.keys(feedback.responses)).toEqual(expect.arrayContaining(['202', '401', '409', '422']));
    expect(feedback.responses['409']!.description).toContain('conflict');
    expect(written.components.schemas.FeedbackRequest).toMatchObject({ type: 'object', required: ['score'] });
    expect(ROUTE_NAMES.map((name) => written.paths[API_ROUTES[name].path.replace(/:(\w+)/g, '{$1}')]?.[API_ROUTES[name].method.toLowerCase()])).not.toContain(undefined);
  });
});
