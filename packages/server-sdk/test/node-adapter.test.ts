import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toNodeHandler } from '../src/node.js';
import { testSettle } from './support.js';

describe('node:http adapter', () => {
  let server: Server;
  let base: string;
  let settle: Awaited<ReturnType<typeof testSettle>>['settle'];

  beforeAll(async () => {
    ({ settle } = await testSettle());
    server = createServer(toNodeHandler(settle.handle));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/settle`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('serves the session exchange and claim read over real HTTP', async () => {
    const link = await settle.createLinkToken({ claimId: 'clm_de_1001' });
    const session = await fetch(`${base}/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: link }) });
    expect(session.status).toBe(200);
    const { sessionToken } = (await session.json()) as { sessionToken: string };
    const claim = await fetch(`${base}/claims/clm_de_1001`, { headers: { authorization: `Bearer ${sessionToken}` } });
    expect(claim.status).toBe(200);
    expect(((await claim.json()) as { claim: { total: { amount: number } } }).claim.total.amount).toBe(12837);
  });

  it('refuses an oversized streamed body without reading it all', async () => {
    const response = await fetch(`${base}/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: 'y'.repeat(100_000) }) });
    expect(response.status).toBe(413);
  });

  it('writes answers the handler built from a stream or a consumed body too, headers intact', async () => {
    const answers = [
      () => new Response(new Blob(['{"streamed":true}']).stream(), { status: 201, headers: { 'x-kind': 'stream' } }),
      () => Response.json({ plain: 'ü' }, { status: 202, headers: { 'x-kind': 'plain' } }),
    ];
    const other = createServer(toNodeHandler(async () => (answers.shift() as () => Response)()));
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(other.address() as AddressInfo).port}/`;
    try {
      const streamed = await fetch(url);
      expect([streamed.status, streamed.headers.get('x-kind'), await streamed.text()]).toEqual([201, 'stream', '{"streamed":true}']);
      const plain = await fetch(url);
      expect([plain.status, plain.headers.get('x-kind'), await plain.text()]).toEqual([202, 'plain', '{"plain":"ü"}']);
    } finally {
      await new Promise<void>((resolve) => other.close(() => resolve()));
    }
  });

  it('sends the JSON text the SDK built, byte for byte, with its headers', async () => {
    const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: 'not-a-token' }) };
    const direct = await settle.handle(new Request(`${base}/session`, init));
    const served = await fetch(`${base}/session`, init);
    expect(served.status).toBe(direct.status);
    expect(served.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(served.headers.get('cache-control')).toBe('no-store');
    expect(await served.text()).toBe(await direct.text());
  });
});
