import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toNodeHandler } from '../../src/node.js';
import { testSettle } from '../support.js';
import { exchangeAndReadClaim } from './journey-over-http.js';

describe('Express 5 mount', () => {
  let server: Server;
  let origin: string;
  let settle: Awaited<ReturnType<typeof testSettle>>['settle'];

  beforeAll(async () => {
    ({ settle } = await testSettle());
    const app = express();
    // Mount Settle before any body parser: it reads (and size-limits) the raw body itself.
    app.use('/settle', toNodeHandler(settle.handle));
    app.use(express.json());
    app.post('/orders', (req, res) => {
      res.json({ echoed: req.body });
    });
    server = app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );

  it('serves session exchange and claim read under /settle over real HTTP', async () => {
    const link = await settle.createLinkToken({ claimId: 'clm_de_1001' });
    const token = await exchangeAndReadClaim(`${origin}/settle`, link);
    const dispute = await fetch(`${origin}/settle/disputes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ reason: 'wrong_amount' }),
    });
    expect(dispute.status).toBe(202);
  });

  it('leaves the rest of the app and its JSON parser working', async () => {
    const response = await fetch(`${origin}/orders`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"id":7}' });
    expect(await response.json()).toEqual({ echoed: { id: 7 } });
    const unknown = await fetch(`${origin}/settle/nothing`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});
