import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Payment } from '@settle/protocol';
import { createSettle, type SettleEvent } from '@settle/server-sdk';
import { toNodeHandler } from '@settle/server-sdk/node';
import { germanClaim } from '../fixtures/claims.js';

/**
 * The paying request, POST /payments/:id/confirm with the sandbox, timed over loopback
 * HTTP while the creditor's `onPaymentSucceeded` answers at once, takes `slowMs`, or never
 * answers. Effects are recorded in the outbox and delivered in the background, so the
 * debtor's latency must not follow the hook's.
 */

export type HookMode = 'instant' | 'slow' | 'hanging';

export interface PayingRun {
  hook: HookMode;
  confirms: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Confirmations that did not answer 200 with a succeeded payment. */
  failed: number;
  /** Effects the hook had received when the run ended (the hanging one receives but never returns). */
  hookCalls: number;
}

export interface PayingOptions {
  confirms: number;
  /** How long the slow hook takes. Default 1 s. */
  slowMs?: number;
  /** Confirmations in flight at once. Default 10. */
  concurrency?: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? 0 : (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number);
}

export async function benchPaying(hook: HookMode, options: PayingOptions): Promise<PayingRun> {
  const { confirms, slowMs = 1_000, concurrency = 10 } = options;
  let hookCalls = 0;
  const onPaymentSucceeded = async (_event: SettleEvent) => {
    hookCalls += 1;
    if (hook === 'slow') await new Promise((resolve) => setTimeout(resolve, slowMs));
    if (hook === 'hanging') await new Promise(() => {});
  };
  const settle = await createSettle({
    keys: [{ kid: 'bench', alg: 'HS256', secret: 'benchmark-secret-with-at-least-32-bytes' }],
    issuer: 'bench',
    audience: 'http://127.0.0.1/settle',
    basePath: '/settle',
    providers: { sandbox: true },
    // The SDK's default hook deadline (10 s): the hanging hook holds each delivery that long.
    backend: { getClaim: async (id) => (id.startsWith('clm_pay_') ? { ...germanClaim(), id } : null), onPaymentSucceeded },
    logger: { warn: () => {}, error: () => {} },
  });
  const server = createServer(toNodeHandler(settle.handle));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}/settle`;
  try {
    // One claim per payment: one balance, one payment. Paid at the sandbox, not yet confirmed.
    const ready: { token: string; paymentId: string }[] = [];
    for (let index = 0; index < confirms; index += 1) {
      const token = await settle.createSessionToken({ claimId: `clm_pay_${index}` });
      const created = await fetch(`${origin}/payments`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': `bench-pay-${index}` },
        body: JSON.stringify({ option: 'full', provider: 'sandbox' }),
      });
      const { payment } = (await created.json()) as { payment: Payment };
      const { reference, clientSecret } = payment.client as { reference: string; clientSecret: string };
      const authorized = await fetch(`${origin}/sandbox/payments/${reference}/authorize`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ clientSecret, scenario: 'success' }),
      });
      await authorized.body?.cancel();
      ready.push({ token, paymentId: payment.id });
    }
    const latencies: number[] = [];
    let failed = 0;
    let next = 0;
    const worker = async () => {
      while (next < ready.length) {
        const { token, paymentId } = ready[next++] as { token: string; paymentId: string };
        const sent = performance.now();
        const response = await fetch(`${origin}/payments/${paymentId}/confirm`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
        const body = (await response.json()) as { payment?: Payment };
        latencies.push(performance.now() - sent);
        if (response.status !== 200 || body.payment?.status !== 'succeeded') failed += 1;
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    // Every effect reaches the hook (in the background); wait for that state, not for a time.
    while (hookCalls < ready.length) await new Promise((resolve) => setTimeout(resolve, 5));
    const sorted = latencies.sort((a, b) => a - b);
    return { hook, confirms, p50Ms: Math.round(percentile(sorted, 50)), p99Ms: Math.round(percentile(sorted, 99)), maxMs: Math.round(sorted.at(-1) ?? 0), failed, hookCalls };
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    // The hanging hook never returns: close() stops waiting once each delivery's deadline passes.
    if (hook !== 'hanging') await settle.close();
    else void settle.close();
  }
}

export function formatPayingRuns(runs: PayingRun[], slowMs = 1_000): string[] {
  const label = { instant: 'hook answers at once', slow: `hook takes ${slowMs / 1000} s`, hanging: 'hook never answers' } as const;
  return runs.map((run) => `| ${label[run.hook]} | ${run.confirms} | ${run.p50Ms} ms | ${run.p99Ms} ms | ${run.maxMs} ms | ${run.failed} |`);
}
