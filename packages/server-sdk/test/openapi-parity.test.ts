import { readFileSync } from 'node:fs';
import { API_ROUTES } from '@settle/protocol';
import { describe, expect, it } from 'vitest';
import { openApiPath } from '../../protocol/src/contract/openapi.js';
import { SERVED_ROUTES, type ServedRoute } from '../src/http/router.js';
import { testSettle } from './support.js';

const document = JSON.parse(readFileSync(new URL('../../protocol/openapi.json', import.meta.url), 'utf8')) as { paths: Record<string, Record<string, unknown>> };

async function servedRoutes(): Promise<ServedRoute[]> {
  const { settle } = await testSettle({ providers: { sandbox: true } });
  return (settle.handle as unknown as { [SERVED_ROUTES]: ServedRoute[] })[SERVED_ROUTES];
}

describe('the server and its OpenAPI document', () => {
  it('serves every route of openapi.json, and openapi.json documents every route served', async () => {
    const served = (await servedRoutes()).map((route) => `${route.method} ${openApiPath(route.path)}`);
    const documented = Object.entries(document.paths).flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`));
    expect(served.length).toBeGreaterThanOrEqual(20);
    expect(new Set(served).size).toBe(served.length);
    expect([...served].sort()).toEqual([...documented].sort());
  });

  it('serves each route under the method and path of its contract entry', async () => {
    for (const route of await servedRoutes()) expect({ method: route.method, path: route.path }).toEqual({ method: API_ROUTES[route.name].method, path: API_ROUTES[route.name].path });
  });
});
