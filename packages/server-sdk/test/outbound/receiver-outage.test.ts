import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { generateWebhookSecret, outboundWebhooks } from '../../src/index.js';
import { callbackSettle, submit } from '../callbacks/callback-settle.js';

const secret = generateWebhookSecret();
const servers: Server[] = [];

/** A creditor's receiver that can be down (drops connections), hanging (never answers) or up (204). */
async function switchableReceiver() {
  const state = { mode: 'down' as 'down' | 'hang' | 'up', accepted: new Map<string, number>(), attempts: 0 };
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      state.attempts += 1;
      if (state.mode === 'down') return void res.destroy();
      if (state.mode === 'hang') return;
      const id = String(req.headers['webhook-id']);
      state.accepted.set(id, (state.accepted.get(id) ?? 0) + 1);
      res.statusCode = 204;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return { state, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/settle-events` };
}

async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 5));
}

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

describe('the debtor never waits on the creditor’s receiver', () => {
  it('answers every submission while the receiver is down, and delivers each effect exactly once after it recovers', async () => {
    const { state, url } = await switchableReceiver();
    const { settle, logged } = await callbackSettle(outboundWebhooks({ url, secret, attempts: 1, timeoutMs: 500 }), { delivery: { attempts: 1, backoffMs: 1, sweepMs: 5 } });
    const submissions = ['clm_de_1001', 'clm_us_2002'].flatMap((claimId) => [
      { claimId, path: '/disputes', body: { reason: 'wrong_amount' } },
      { claimId, path: '/contact-requests', body: { channel: 'phone' } },
      { claimId, path: '/feedback', body: { score: 4 } },
    ]);
    for (const { claimId, path, body } of submissions) {
      const token = await settle.createSessionToken({ claimId });
      expect((await settle.handle(submit(path, token, body))).status).toBe(202);
    }
    expect(state.accepted.size).toBe(0);
    await until(() => state.attempts >= submissions.length);
    expect(logged.some((line) => /failed \(attempt 1\/1\).*(fetch failed|socket|ECONNRESET|other side closed)/.test(line))).toBe(true);
    state.mode = 'up';
    await until(() => state.accepted.size === submissions.length);
    await settle.close();
    expect([...state.accepted.values()]).toEqual(Array(submissions.length).fill(1));
    expect(await settle.reconcile()).toBe(0);
  });

  it('answers a submission while the receiver holds the hook open, and delivers it once when it answers again', async () => {
    const { state, url } = await switchableReceiver();
    state.mode = 'hang';
    const { settle } = await callbackSettle(outboundWebhooks({ url, secret, attempts: 1, timeoutMs: 100 }), { delivery: { attempts: 1, backoffMs: 1, sweepMs: 5 } });
    const token = await settle.createSessionToken({ claimId: 'clm_de_1001' });
    expect((await settle.handle(submit('/disputes', token, { reason: 'wrong_amount' }))).status).toBe(202);
    // The answer is in; the receiver holds the first delivery open.
    await until(() => state.attempts >= 1);
    expect(state.accepted.size).toBe(0);
    state.mode = 'up';
    await until(() => state.accepted.size === 1);
    await settle.close();
    expect([...state.accepted.values()]).toEqual([1]);
  });

  it('does not retry an effect the receiver refuses with a 4xx, and logs the status', async () => {
    let posts = 0;
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        posts += 1;
        res.statusCode = 422;
        res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
    const { settle, logged } = await callbackSettle(outboundWebhooks({ url, secret, backoffMs: 1 }), { delivery: { attempts: 3, backoffMs: 1, sweepMs: 5 } });
    const token = await settle.createSessionToken({ claimId: 'clm_de_1001' });
    expect((await settle.handle(submit('/feedback', token, { score: 1 }))).status).toBe(202);
    await settle.drain();
    expect(await settle.reconcile()).toBe(0);
    await settle.close();
    expect(posts).toBe(1);
    expect(logged.some((line) => line.includes('refused the event for good') && line.includes('HTTP 422') && line.includes('"status":422'))).toBe(true);
  });
});
