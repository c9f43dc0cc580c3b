import { describe, expect, it } from 'vitest';
import { buildOffers, buildSchedule, money, resolvePolicy, type CreditorPolicyInput, type OfferTerms, type OfferTermsOf, type PlanResult, type Schedule } from '../../src/index.js';

const TODAY = '2026-11-23';

function terms<K extends OfferTerms['kind']>(kind: K, amount: number, policy: CreditorPolicyInput = {}, currency = 'EUR', today = TODAY): OfferTermsOf<K> {
  const all: CreditorPolicyInput['enabledOptions'] = ['pay_in_full', 'deferral', 'instalments', 'payment_pause', 'partial_payment', 'promise_to_pay'];
  const found = buildOffers(money(amount, currency), resolvePolicy({ enabledOptions: all, ...policy }), today).find((offer) => offer.kind === kind);
  if (!found) throw new Error(`no ${kind} offer`);
  return found as OfferTermsOf<K>;
}

function ok(result: PlanResult<Schedule>): Schedule {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.reasons)}`);
  return result.value;
}

const amounts = (schedule: Schedule) => schedule.instalments.map((instalment) => instalment.amount.amount);
const dates = (schedule: Schedule) => schedule.instalments.map((instalment) => instalment.dueDate);

describe('buildSchedule: instalments', () => {
  it('splits by count with the remainder on the last instalment, summing exactly', () => {
    const schedule = ok(buildSchedule(terms('instalments', 10_000), { kind: 'instalments', count: 3 }));
    expect(amounts(schedule)).toEqual([3_333, 3_333, 3_334]);
    expect(schedule.total).toEqual({ amount: 10_000, currency: 'EUR' });
    expect(dates(schedule)).toEqual(['2026-11-23', '2026-12-23', '2027-01-23']);
  });

  it('puts the remainder first when the policy says so', () => {
    const schedule = ok(buildSchedule(terms('instalments', 10_000, { remainderOn: 'first' }), { kind: 'instalments', count: 3 }));
    expect(amounts(schedule)).toEqual([3_334, 3_333, 3_333]);
  });

  it('builds from an amount per instalment and folds a remainder below the minimum into the last one', () => {
    const schedule = ok(buildSchedule(terms('instalments', 10_000), { kind: 'instalments', instalmentAmount: money(3_000, 'EUR') }));
    expect(amounts(schedule)).toEqual([3_000, 3_000, 4_000]);
    const exact = ok(buildSchedule(terms('instalments', 10_000), { kind: 'instalments', instalmentAmount: money(2_500, 'EUR') }));
    expect(amounts(exact)).toEqual([2_500, 2_500, 2_500, 2_500]);
  });

  it('adds the disclosed agreement costs to the instalments', () => {
    const offer = terms('instalments', 10_000, { costs: { instalments: 900 } });
    const schedule = ok(buildSchedule(offer, { kind: 'instalments', count: 2 }));
    expect(amounts(schedule)).toEqual([5_450, 5_450]);
    expect(schedule.costs).toEqual({ amount: 900, currency: 'EUR' });
    expect(schedule.total.amount).toBe(offer.totalPayable.amount);
  });

  it('keeps month ends at month ends (31 Jan, 28 Feb, 31 Mar) and steps weekly and biweekly by days', () => {
    const monthly = ok(buildSchedule(terms('instalments', 9_000, {}, 'EUR', '2027-01-31'), { kind: 'instalments', count: 3 }));
    expect(dates(monthly)).toEqual(['2027-01-31', '2027-02-28', '2027-03-31']);
    const policy = { frequencies: ['weekly', 'biweekly'] as const };
    const weekly = ok(buildSchedule(terms('instalments', 9_000, { frequencies: [...policy.frequencies] }), { kind: 'instalments', count: 3, frequency: 'weekly' }));
    expect(dates(weekly)).toEqual(['2026-11-23', '2026-11-30', '2026-12-07']);
    const biweekly = ok(buildSchedule(terms('instalments', 9_000, { frequencies: [...policy.frequencies] }), { kind: 'instalments', count: 2, frequency: 'biweekly', firstDueDate: '2026-12-01' }));
    expect(dates(biweekly)).toEqual(['2026-12-01', '2026-12-15']);
  });

  it('starts with the down payment today and the first instalment a step later', () => {
    const offer = terms('instalments', 12_000, { downPayment: { required: true, minimumBasisPoints: 2_000 } });
    const schedule = ok(buildSchedule(offer, { kind: 'instalments', count: 2, downPayment: money(3_000, 'EUR') }));
    expect(schedule.instalments).toEqual([
      { number: 1, dueDate: TODAY, amount: { amount: 3_000, currency: 'EUR' }, kind: 'down_payment' },
      { number: 2, dueDate: '2026-12-23', amount: { amount: 4_500, currency: 'EUR' }, kind: 'instalment' },
      { number: 3, dueDate: '2027-01-23', amount: { amount: 4_500, currency: 'EUR' }, kind: 'instalment' },
    ]);
  });

  it('works in yen without minor digits', () => {
    const schedule = ok(buildSchedule(terms('instalments', 10_000, { minimumInstalment: 1_000 }, 'JPY'), { kind: 'instalments', count: 3 }));
    expect(amounts(schedule)).toEqual([3_333, 3_333, 3_334]);
    expect(schedule.total).toEqual({ amount: 10_000, currency: 'JPY' });
  });

  it('says why a choice is outside the offer, naming the field', () => {
    const offer = terms('instalments', 10_000, { maxInstalments: 4, frequencies: ['monthly'] });
    const cases: [Parameters<typeof buildSchedule>[1], string, string][] = [
      [{ kind: 'instalments', count: 5 }, 'count_out_of_range', 'count'],
      [{ kind: 'instalments', count: 2, frequency: 'weekly' }, 'frequency_not_allowed', 'frequency'],
      [{ kind: 'instalments', count: 2, firstDueDate: '2027-01-30' }, 'date_out_of_range', 'firstDueDate'],
      [{ kind: 'instalments', count: 2, firstDueDate: '2026-11-22' }, 'date_out_of_range', 'firstDueDate'],
      [{ kind: 'instalments' }, 'count_or_amount_required', 'count'],
      [{ kind: 'instalments', count: 2, instalmentAmount: money(5_000, 'EUR') }, 'count_or_amount_required', 'count'],
      [{ kind: 'instalments', instalmentAmount: money(1_999, 'EUR') }, 'amount_below_minimum', 'instalmentAmount'],
      [{ kind: 'instalments', instalmentAmount: money(2_000, 'EUR') }, 'count_out_of_range', 'instalmentAmount'],
      [{ kind: 'instalments', instalmentAmount: money(9_000, 'EUR') }, 'count_out_of_range', 'instalmentAmount'],
      [{ kind: 'instalments', instalmentAmount: money(5_000, 'USD') }, 'currency_mismatch', 'instalmentAmount'],
      [{ kind: 'instalments', count: 2, downPayment: money(1_000, 'EUR') }, 'option_disabled', 'downPayment'],
      [{ kind: 'deferral', date: TODAY }, 'kind_mismatch', 'kind'],
    ];
    for (const [choice, code, field] of cases) {
      const result = buildSchedule(offer, choice);
      expect(result, JSON.stringify(choice)).toMatchObject({ ok: false, reasons: [{ code, field }] });
    }
  });

  it('refuses a missing, too small or too large down payment', () => {
    const offer = terms('instalments', 10_000, { downPayment: { required: true, minimumAmount: 1_000 } });
    expect(buildSchedule(offer, { kind: 'instalments', count: 2 })).toMatchObject({ ok: false, reasons: [{ code: 'down_payment_required' }] });
    expect(buildSchedule(offer, { kind: 'instalments', count: 2, downPayment: money(999, 'EUR') })).toMatchObject({ ok: false, reasons: [{ code: 'down_payment_too_small' }] });
    expect(buildSchedule(offer, { kind: 'instalments', count: 2, downPayment: money(7_000, 'EUR') })).toMatchObject({ ok: false, reasons: [{ code: 'down_payment_too_large' }] });
  });
});

describe('buildSchedule: other offers', () => {
  it('pays in full today', () => {
    const schedule = ok(buildSchedule(terms('pay_in_full', 12_837), { kind: 'pay_in_full' }));
    expect(schedule.instalments).toEqual([{ number: 1, dueDate: TODAY, amount: { amount: 12_837, currency: 'EUR' }, kind: 'instalment' }]);
  });

  it('defers to a chosen date within the limit, with its costs', () => {
    const offer = terms('deferral', 12_837, { maxDeferralDays: 14, costs: { deferral: 300 } });
    expect(amounts(ok(buildSchedule(offer, { kind: 'deferral', date: '2026-12-07' })))).toEqual([13_137]);
    expect(buildSchedule(offer, { kind: 'deferral', date: '2026-12-08' })).toMatchObject({ ok: false, reasons: [{ code: 'date_out_of_range', field: 'date' }] });
    expect(buildSchedule(offer, { kind: 'deferral', date: TODAY })).toMatchObject({ ok: false, reasons: [{ code: 'date_out_of_range' }] });
  });

  it('records a promise to pay by a date in the window', () => {
    const offer = terms('promise_to_pay', 5_000, { promiseToPayDays: 7 });
    expect(dates(ok(buildSchedule(offer, { kind: 'promise_to_pay', date: '2026-11-30' })))).toEqual(['2026-11-30']);
    expect(buildSchedule(offer, { kind: 'promise_to_pay', date: '2026-12-01' })).toMatchObject({ ok: false });
  });

  it('takes a partial payment between the minimum and the balance, leaving the rest owed', () => {
    const offer = terms('partial_payment', 10_000, { partialPayment: { minimum: 1_500 } });
    const schedule = ok(buildSchedule(offer, { kind: 'partial_payment', amount: money(4_000, 'EUR') }));
    expect(schedule.total.amount).toBe(4_000);
    expect(schedule.remaining.amount).toBe(6_000);
    expect(buildSchedule(offer, { kind: 'partial_payment', amount: money(1_499, 'EUR') })).toMatchObject({ ok: false, reasons: [{ code: 'amount_below_minimum' }] });
    expect(buildSchedule(offer, { kind: 'partial_payment', amount: money(10_000, 'EUR') })).toMatchObject({ ok: false, reasons: [{ code: 'amount_too_large' }] });
  });

  it('pauses for whole months, then spreads the total over the chosen instalments', () => {
    const offer = terms('payment_pause', 10_000, { maxPauseMonths: 3 });
    const schedule = ok(buildSchedule(offer, { kind: 'payment_pause', months: 2, count: 2 }));
    expect(schedule.instalments.map((instalment) => [instalment.dueDate, instalment.amount.amount])).toEqual([
      ['2027-01-23', 5_000],
      ['2027-02-23', 5_000],
    ]);
    expect(buildSchedule(offer, { kind: 'payment_pause', months: 4 })).toMatchObject({ ok: false, reasons: [{ code: 'months_out_of_range' }] });
  });
});
