import { describe, expect, it } from 'vitest';
import { benchPaying } from '../bench/paying.js';

/**
 * The debtor never waits on the creditor: the paying request answers in its normal time
 * while `onPaymentSucceeded` takes 3 s or never answers (it used to hold every
 * confirmation for the hook, up to the hook's deadline times its attempts).
 */
describe('the paying request with a slow or hanging backend hook', () => {
  for (const hook of ['slow', 'hanging'] as const) {
    it(`confirms every payment, each answer well before a ${hook} hook would let it`, { timeout: 60_000 }, async () => {
      const run = await benchPaying(hook, { confirms: 30, slowMs: 3_000 });
      console.log(`paying request, ${hook} hook: p50 ${run.p50Ms} ms, p99 ${run.p99Ms} ms, max ${run.maxMs} ms`);
      expect(run.failed).toBe(0);
      expect(run.hookCalls).toBe(30);
      expect(run.maxMs).toBeLessThan(3_000);
    });
  }
});
