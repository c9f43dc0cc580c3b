import { describe, expect, it } from 'vitest';
import { changePlan, type Plan, type PlanResult } from '../../src/index.js';
import { agreedPlan, paid } from './plan-fixture.js';

function ok(result: PlanResult<Plan>): Plan {
  if (!result.ok) throw new Error(JSON.stringify(result.reasons));
  return result.value;
}
const dates = (plan: Plan) => plan.schedule.instalments.map((instalment) => instalment.dueDate);
const sum = (plan: Plan) => plan.schedule.instalments.reduce((total, instalment) => total + instalment.amount.amount, 0);

describe('changePlan', () => {
  const plan = agreedPlan(9_000, { kind: 'instalments', count: 3 });

  it('shifts one instalment within the allowed days and counts the change', () => {
    const shifted = ok(changePlan(plan, { kind: 'shift', instalment: 2, date: '2027-01-05' }, '2026-11-24'));
    expect(dates(shifted)).toEqual(['2026-11-23', '2027-01-05', '2027-01-23']);
    expect(shifted.used.shifts).toBe(1);
    expect(shifted.changes).toEqual([{ change: { kind: 'shift', instalment: 2, date: '2027-01-05' }, on: '2026-11-24' }]);
  });

  it('refuses a shift too far, into the past, past the next instalment, or beyond the shift limit', () => {
    expect(changePlan(plan, { kind: 'shift', instalment: 2, date: '2027-01-07' }, '2026-11-24')).toMatchObject({ ok: false, reasons: [{ code: 'date_out_of_range' }] });
    expect(changePlan(plan, { kind: 'shift', instalment: 2, date: '2026-11-20' }, '2026-11-24')).toMatchObject({ ok: false, reasons: [{ code: 'date_out_of_range' }] });
    const close = agreedPlan(9_000, { kind: 'instalments', count: 3, frequency: 'weekly' });
    expect(changePlan(close, { kind: 'shift', instalment: 2, date: '2026-12-07' }, '2026-11-24')).toMatchObject({ ok: false, reasons: [{ code: 'date_out_of_range' }] });
    let current = plan;
    for (const date of ['2026-12-25', '2026-12-27']) current = ok(changePlan(current, { kind: 'shift', instalment: 2, date }, '2026-11-24'));
    expect(changePlan(current, { kind: 'shift', instalment: 2, date: '2026-12-28' }, '2026-11-24')).toMatchObject({ ok: false, reasons: [{ code: 'change_limit_reached' }] });
  });

  it('never moves a paid instalment', () => {
    const paidFirst = { ...plan, payments: [paid('p1', 3_000, '2026-11-23')] };
    expect(changePlan(paidFirst, { kind: 'shift', instalment: 1, date: '2026-11-30' }, '2026-11-24')).toMatchObject({ ok: false, reasons: [{ code: 'instalment_already_paid' }] });
    const paused = ok(changePlan(paidFirst, { kind: 'pause', months: 1 }, '2026-11-24'));
    expect(dates(paused)).toEqual(['2026-11-23', '2027-01-23', '2027-02-23']);
  });

  it('pauses up to the plan’s pause months in total', () => {
    const once = ok(changePlan(plan, { kind: 'pause', months: 2 }, '2026-11-23'));
    expect(dates(once)).toEqual(['2027-01-23', '2027-02-23', '2027-03-23']);
    expect(changePlan(once, { kind: 'pause', months: 1 }, '2026-11-23')).toMatchObject({ ok: false, reasons: [{ code: 'change_limit_reached' }] });
    expect(changePlan(plan, { kind: 'pause', months: 3 }, '2026-11-23')).toMatchObject({ ok: false, reasons: [{ code: 'months_out_of_range' }] });
  });

  it('skips one instalment by moving it after the last, keeping the total exact', () => {
    const skipped = ok(changePlan(plan, { kind: 'skip', instalment: 1 }, '2026-11-23'));
    expect(dates(skipped)).toEqual(['2026-12-23', '2027-01-23', '2027-02-23']);
    expect(skipped.schedule.instalments.map((instalment) => instalment.number)).toEqual([1, 2, 3]);
    expect(sum(skipped)).toBe(9_000);
    expect(changePlan(skipped, { kind: 'skip', instalment: 1 }, '2026-11-23')).toMatchObject({ ok: false, reasons: [{ code: 'change_limit_reached' }] });
  });

  it('refuses to skip the last instalment, an unknown one, or anything on a single-payment plan', () => {
    expect(changePlan(plan, { kind: 'skip', instalment: 3 }, '2026-11-23')).toMatchObject({ ok: false, reasons: [{ code: 'option_disabled' }] });
    expect(changePlan(plan, { kind: 'skip', instalment: 9 }, '2026-11-23')).toMatchObject({ ok: false, reasons: [{ code: 'instalment_not_found' }] });
    const deferral = agreedPlan(9_000, { kind: 'deferral', date: '2026-12-10' });
    expect(changePlan(deferral, { kind: 'skip', instalment: 1 }, '2026-11-23')).toMatchObject({ ok: false, reasons: [{ code: 'option_disabled' }] });
  });
});
