import { toNodeHandler } from '@settle/server-sdk/node';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, expectTypedError, harness, type Harness } from './support.js';

/**
 * Slow clients (slowloris): a body that trickles in one byte at a time must not hold a
 * route forever. The deadline is shortened here so the suite stays fast; the default is 10 s.
 */

const DEADLINE_MS = 300;

/** A body stream that sends one byte per tick and never ends unless stopped. */
function trickle(tickMs: number): { stream: ReadableStream<Uint8Array>; stop: () => void; sent: () => number } {
  let sent = 0;
  let stopped = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      await new Promise((resolve) => setTimeout(resolve, tickMs));
      if (stopped) return controller.close();
      sent += 1;
      controller.enqueue(new TextEncoder().encode(sent === 1 ? '{' : ' '));
    },
  });
  return { stream, stop: () => (stopped = true), sent: () => sent };
}

let h: Harness;
beforeAll(async () => {
  h = await harness({ bodyTimeoutMs: DEADLINE_MS });
});

describe('slow clients', () => {
  it('answers a body that never finishes with a typed 408 instead of waiting forever', async () => {
    const body = trickle(20);
    const request = new Request(`${BASE}/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body.stream, duplex: 'half' } as RequestInit);
    const response = await h.settle.handle(request);
    body.stop();
    await expectTypedError(response, ['request_timeout']);
    // It gave up on a body that was still arriving, not on one that had ended.
    expect(body.sent()).toBeGreaterThan(1);
  });

  it('still accepts a body that arrives in slow pieces within the deadline', async () => {
    const pieces = ['{"tok', 'en":"not-', 'a-token"}'].map((piece) => new TextEncoder().encode(piece));
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        const next = pieces.shift();
        if (next) controller.enqueue(next);
        else controller.close();
      },
    });
    const request = new Request(`${BASE}/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    await expectTypedError(await h.settle.handle(request), ['token_invalid']);
  });

  it('answers a client that hangs up mid-body with a typed 4xx, not a 500', async () => {
    let sent = false;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent) return controller.error(new Error('socket hang up'));
        sent = true;
        controller.enqueue(new TextEncoder().encode('{"token":'));
      },
    });
    const request = new Request(`${BASE}/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    await expectTypedError(await h.settle.handle(request), ['bad_request']);
    expect(h.logged.filter((line) => line.includes('unexpected'))).toEqual([]);
  });

  describe('over a real loopback node:http server', () => {
    let server: Server;
    let port: number;
    beforeAll(async () => {
      server = createServer(toNodeHandler(h.settle.handle));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      port = (server.address() as AddressInfo).port;
    });
    afterAll(() => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    });

    it('frees the route of a trickling client: it gets a typed 408 while still sending, and others are still served', async () => {
      const outcome = new Promise<string>((resolve) => {
        const req = httpRequest(
          { host: '127.0.0.1', port, method: 'POST', path: '/settle/session', agent: false, headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } },
          (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => (text += chunk));
            res.on('end', () => resolve(`${res.statusCode} ${text}`));
            res.on('error', () => resolve('closed'));
          },
        );
        req.on('error', () => resolve('closed'));
        req.write('{');
        const timer = setInterval(() => (req.destroyed ? clearInterval(timer) : req.write(' ')), 25);
        req.on('close', () => clearInterval(timer));
        // Stop trickling eventually even if the server never answers, so the test itself ends.
        setTimeout(() => {
          clearInterval(timer);
          req.destroy();
        }, 20 * DEADLINE_MS).unref();
      });
      const answered = await outcome;
      expect(answered).toMatch(/^408 /);
      expect(JSON.parse(answered.slice(4))).toMatchObject({ error: { code: 'request_timeout' } });
      const healthy = await fetch(`http://127.0.0.1:${port}/settle/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"token":"x"}' });
      expect(healthy.status).toBe(401);
    });
  });
});
