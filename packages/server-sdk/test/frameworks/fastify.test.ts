import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toNodeHandler } from '../../src/node.js';
import { testSettle } from '../support.js';
import { exchangeAndReadClaim } from './journey-over-http.js';

describe('Fastify 5 mount', () => {
  let app: FastifyInstance;
  let origin: string;
  let settle: Awaited<ReturnType<typeof testSettle>>['settle'];

  beforeAll(async () => {
    ({ settle } = await testSettle());
    app = Fastify();
    const settleHandler = toNodeHandler(settle.handle);
    await app.register(
      async (scope) => {
        // Leave the body unread for Settle, which reads and size-limits the raw stream.
        scope.removeAllContentTypeParsers();
        scope.addContentTypeParser('*', (_request, _payload, done) => done(null));
        scope.all('/*', async (request, reply) => {
          reply.hijack();
          await settleHandler(request.raw, reply.raw);
        });
      },
      { prefix: '/settle' },
    );
    app.post('/orders', async (request) => ({ echoed: request.body }));
    origin = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('serves session exchange and claim read under /settle over real HTTP', async () => {
    const link = await settle.createLinkToken({ claimId: 'clm_de_1001' });
    const token = await exchangeAndReadClaim(`${origin}/settle`, link);
    const feedback = await fetch(`${origin}/settle/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ score: 4 }),
    });
    expect(feedback.status).toBe(202);
  });

  it('keeps Settle’s own body limit and leaves Fastify’s JSON parsing elsewhere intact', async () => {
    const huge = await fetch(`${origin}/settle/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: 'x'.repeat(100_000) }) });
    expect(huge.status).toBe(413);
    const response = await fetch(`${origin}/orders`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"id":7}' });
    expect(await response.json()).toEqual({ echoed: { id: 7 } });
  });
});
