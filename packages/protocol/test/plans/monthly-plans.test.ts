import { describe, expect, it } from 'vitest';
import { buildOffers, money, plansForMonthly, resolvePolicy, type CreditorPolicyInput, type MonthlyPlan, type OfferTermsOf } from '../../src/index.js';

const TODAY = '2026-12-03';

function instalmentTerms(amount: number, policy: CreditorPolicyInput = {}, currency = 'EUR'): OfferTermsOf<'instalments'> {
  const resolved = resolvePolicy({ enabledOptions: ['instalments'], minimumInstalment: 2_500, maxInstalments: 12, ...policy });
  const terms = buildOffers(money(amount, currency), resolved, TODAY).find((offer) => offer.kind === 'instalments');
  if (terms?.kind !== 'instalments') throw new Error('no instalment offer');
  return terms;
}

const regular = (plan: MonthlyPlan) => plan.schedule.instalments.filter((row) => row.kind === 'instalment').map((row) => row.amount.amount);
const sum = (amounts: number[]) => amounts.reduce((total, amount) => total + amount, 0);

describe('monthly amounts in an instalment offer', () => {
  it('states the smallest monthly amount (what the longest plan needs) and three round ones above it', () => {
    expect(instalmentTerms(121_541).monthly).toEqual({
      smallest: { amount: 10_129, currency: 'EUR' },
      suggested: [
        { amount: 15_000, currency: 'EUR' },
        { amount: 20_000, currency: 'EUR' },
        { amount: 25_000, currency: 'EUR' },
      ],
    });
  });

  it('never suggests less than the minimum instalment, nor more than the shortest plan needs', () => {
    const amounts = (total: number) => instalmentTerms(total).monthly?.suggested.map((amount) => amount.amount);
    expect(amounts(10_000)).toEqual([2_500, 3_000, 4_000]);
    // 70 € in two instalments of 35 €: no round amount fits, so the one amount that does.
    expect(amounts(7_000)).toEqual([3_500]);
  });

  it("suggests round amounts in the currency's own units: ¥1,000, ¥1,500 and ¥2,000 on ¥10,000", () => {
    const suggested = instalmentTerms(10_000, { minimumInstalment: 500 }, 'JPY').monthly?.suggested.map((amount) => amount.amount);
    expect(suggested).toEqual([1_000, 1_500, 2_000]);
  });

  it('has no monthly amounts when the policy has no monthly plans', () => {
    expect(instalmentTerms(121_541, { frequencies: ['weekly'] }).monthly).toBeUndefined();
  });
});

describe('plansForMonthly', () => {
  it('answers plans whose instalments are all at most 150 € for 1,215.41 €: the shortest recommended, then longer ones', () => {
    const result = plansForMonthly(instalmentTerms(121_541), money(15_000, 'EUR'));
    if (!result.ok) throw new Error(result.reasons[0]?.message);
    expect(result.plans.map((plan) => regular(plan).length)).toEqual([9, 11, 12]);
    expect(result.plans.map((plan) => plan.recommended)).toEqual([true, false, false]);
    for (const plan of result.plans) {
      expect(Math.max(...regular(plan))).toBeLessThanOrEqual(15_000);
      expect(sum(regular(plan))).toBe(121_541);
      expect(plan.schedule.frequency).toBe('monthly');
    }
    // 8 × 150 € would leave 15.41 €, below the 25 € minimum: an equal split by count instead.
    expect(result.plans[0]?.choice).toEqual({ kind: 'instalments', frequency: 'monthly', count: 9 });
    expect(regular(result.plans[0] as MonthlyPlan)).toEqual([13_504, 13_504, 13_504, 13_504, 13_504, 13_504, 13_504, 13_504, 13_509]);
  });

  it('dates the last instalment count − 1 months after the first', () => {
    const result = plansForMonthly(instalmentTerms(121_541), money(15_000, 'EUR'), { firstDueDate: '2026-12-15' });
    if (!result.ok) throw new Error(result.reasons[0]?.message);
    const rows = result.plans[0]?.schedule.instalments ?? [];
    expect([rows[0]?.dueDate, rows.at(-1)?.dueDate]).toEqual(['2026-12-15', '2027-08-15']);
  });

  it("takes the debtor's own amount each month where the rest is a valid last instalment: 6 × 150 € and 100 €", () => {
    const result = plansForMonthly(instalmentTerms(100_000), money(15_000, 'EUR'));
    if (!result.ok) throw new Error(result.reasons[0]?.message);
    expect(result.plans[0]?.choice).toEqual({ kind: 'instalments', frequency: 'monthly', instalmentAmount: { amount: 15_000, currency: 'EUR' } });
    expect(regular(result.plans[0] as MonthlyPlan)).toEqual([15_000, 15_000, 15_000, 15_000, 15_000, 15_000, 10_000]);
  });

  it('keeps to the policy: at least two instalments when the amount would pay it all at once, at most the longest plan', () => {
    const result = plansForMonthly(instalmentTerms(20_000), money(50_000, 'EUR'));
    if (!result.ok) throw new Error(result.reasons[0]?.message);
    expect(result.plans.map((plan) => regular(plan).length)).toEqual([2, 5, 8]);
    expect(regular(result.plans[0] as MonthlyPlan)).toEqual([10_000, 10_000]);
  });

  it('refuses an amount below the smallest possible monthly amount and says what that amount is', () => {
    const result = plansForMonthly(instalmentTerms(121_541), money(10_000, 'EUR'));
    expect(result).toMatchObject({ ok: false, reasons: [{ code: 'amount_below_minimum', field: 'monthlyAmount' }], smallest: { amount: 10_129, currency: 'EUR' } });
    expect(plansForMonthly(instalmentTerms(121_541), money(10_129, 'EUR')).ok).toBe(true);
  });

  it('holds the minimum instalment on a small claim', () => {
    expect(plansForMonthly(instalmentTerms(20_000, { minimumInstalment: 5_000 }), money(4_000, 'EUR'))).toMatchObject({ ok: false, smallest: { amount: 5_000 } });
  });

  it('counts a down payment off what the months must pay', () => {
    const terms = instalmentTerms(121_541, { downPayment: { minimumAmount: 1_000 } });
    const result = plansForMonthly(terms, money(10_000, 'EUR'), { downPayment: money(31_541, 'EUR') });
    if (!result.ok) throw new Error(result.reasons[0]?.message);
    expect(result.plans[0]?.schedule.instalments[0]).toMatchObject({ kind: 'down_payment', amount: { amount: 31_541 } });
    expect(regular(result.plans[0] as MonthlyPlan)).toHaveLength(9);
  });

  it('refuses another currency, a first date outside the offer and an offer without monthly plans', () => {
    expect(plansForMonthly(instalmentTerms(121_541), money(15_000, 'USD'))).toMatchObject({ ok: false, reasons: [{ code: 'currency_mismatch' }] });
    expect(plansForMonthly(instalmentTerms(121_541), money(15_000, 'EUR'), { firstDueDate: '2027-06-01' })).toMatchObject({ ok: false, reasons: [{ code: 'date_out_of_range' }] });
    expect(plansForMonthly(instalmentTerms(121_541, { frequencies: ['weekly'] }), money(15_000, 'EUR'))).toMatchObject({ ok: false, reasons: [{ code: 'frequency_not_allowed' }] });
  });
});
