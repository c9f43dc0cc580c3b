import { describe, expect, it } from 'vitest';
import { money, nextPaymentAmount, trackPlan } from '../../src/index.js';
import { agreedPlan, paid } from './plan-fixture.js';

describe('trackPlan', () => {
  const plan = agreedPlan(9_000, { kind: 'instalments', count: 3 });

  it('marks every instalment due on the day of agreement before any payment', () => {
    const progress = trackPlan(plan.schedule, [], '2026-11-23');
    expect(progress.instalments.map((instalment) => instalment.status)).toEqual(['due', 'due', 'due']);
    expect(progress).toMatchObject({ state: 'on_track', outstanding: { amount: 9_000 }, nextDue: { number: 1 } });
  });

  it('marks an unpaid instalment missed the day after its due date', () => {
    const progress = trackPlan(plan.schedule, [paid('p1', 3_000, '2026-11-23')], '2026-12-24');
    expect(progress.instalments.map((instalment) => instalment.status)).toEqual(['paid', 'missed', 'due']);
    expect(progress).toMatchObject({ state: 'in_arrears', missedCount: 1, paid: { amount: 3_000 }, nextDue: { number: 2 } });
    expect(trackPlan(plan.schedule, [paid('p1', 3_000, '2026-11-23')], '2026-12-23').instalments[1]?.status).toBe('due');
  });

  it('fills instalments oldest first, so a part payment counts and an extra payment covers the next one', () => {
    const partial = trackPlan(plan.schedule, [paid('p1', 4_000, '2026-11-23')], '2026-11-24');
    expect(partial.instalments.map((instalment) => [instalment.status, instalment.paid.amount])).toEqual([
      ['paid', 3_000],
      ['due', 1_000],
      ['due', 0],
    ]);
    expect(nextPaymentAmount(partial)).toEqual({ amount: 2_000, currency: 'EUR' });
    expect(nextPaymentAmount(trackPlan(plan.schedule, [paid('p1', 9_000, '2026-11-23')], '2026-11-24'))).toBeNull();
  });

  it('completes when payments reach the total and ignores payments in another currency', () => {
    const done = trackPlan(plan.schedule, [paid('p1', 9_000, '2026-11-23'), { id: 'usd', amount: money(50_000, 'USD'), paidOn: '2026-11-23' }], '2027-05-01');
    expect(done).toMatchObject({ state: 'completed', outstanding: { amount: 0 }, paid: { amount: 9_000 }, missedCount: 0 });
    expect(done.nextDue).toBeUndefined();
    const usdOnly = trackPlan(plan.schedule, [{ id: 'usd', amount: money(50_000, 'USD'), paidOn: '2026-11-23' }], '2026-11-23');
    expect(usdOnly.paid.amount).toBe(0);
  });
});
