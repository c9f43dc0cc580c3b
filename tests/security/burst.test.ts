import { describe, expect, it } from 'vitest';
import { formatBurstReport, runBurst } from '../bench/burst.js';

/**
 * The burst in a reduced size (the full size runs in `npm run bench`): two instances on
 * one Redis store, webhooks and confirmations at 10× the stated peak, the creditor slow,
 * failing, timing out and down, one instance killed mid-burst. Nothing lost, nothing twice.
 * Only counts are asserted here; rates and latencies are reported, never asserted.
 */
describe('burst with faults', () => {
  it('loses no payment effect and applies none twice when the backend misbehaves and an instance dies', { timeout: 120_000 }, async () => {
    const report = await runBurst({ payments: 20, killAt: 0.4 });
    console.log(formatBurstReport(report));
    expect(report.killed).toBe(true);
    expect(report.unanswered).toBe(0);
    expect(report.lost).toBe(0);
    expect(report.duplicated).toBe(0);
    expect(report.pendingAfter).toBe(0);
    // The faults really bit: the outage left events waiting in the outbox, and failures caused redeliveries.
    expect(report.pendingAtRecovery).toBeGreaterThan(0);
    expect(report.deliveries).toBeGreaterThan(report.payments);
  });
});
