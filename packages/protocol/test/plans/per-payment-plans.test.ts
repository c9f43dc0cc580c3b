import { describe, expect, it } from 'vitest';
import { buildOffers, defaultFrequency, money, plansPerPayment, resolvePolicy, type CreditorPolicyInput, type PerPaymentPlan, type OfferTermsOf } from '../../src/index.js';

const TODAY = '2026-12-03';

function instalmentTerms(amount: number, policy: CreditorPolicyInput = {}, currency = 'EUR'): OfferTermsOf<'instalments'> {
  const resolved = resolvePolicy({ enabledOptions: ['instalments'], minimumInstalment: 2_500, maxInstalments: 12, ...policy });
  const terms = buildOffers(money(amount, currency), resolved, TODAY).find((offer) => offer.kind === 'instalments');
  if (terms?.kind !== 'instalments') throw new Error('no instalment offer');
  return terms;
}

const regular = (plan: PerPaymentPlan) => plan.schedule.instalments.filter((row) => row.kind === 'instalment').map((row) => row.amount.amount);
const sum = (amounts: number[]) => amounts.reduce((total, amount) => total + amount, 0);

describe('amounts per payment in an instalment offer', () => {
  it('states the smallest monthly amount (what the longest plan needs) and three round ones above it', () => {
    expect(instalmentTerms(121_541).perPayment).toEqual({
      smallest: { amount: 10_129, currency: 'EUR' },
      suggested: [
        { amount: 15_000, currency: 'EUR' },
        { amount: 20_000, currency: 'EUR' },
        { amount: 25_000, currency: 'EUR' },
      ],
    });
  });

  it('never suggests less than the minimum instalment, nor more than the shortest plan needs', () => {
    const amounts = (total: number) => instalmentTerms(total).perPayment.suggested.map((amount) => amount.amount);
    expect(amounts(10_000)).toEqual([2_500, 3_000, 4_000]);
    // 70 € in two instalments of 35 €: no round amount fits, so the one amount that does.
    expect(amounts(7_000)).toEqual([3_500]);
  });

  it("suggests round amounts in the currency's own units: ¥1,000, ¥1,500 and ¥2,000 on ¥10,000", () => {
    const suggested = instalmentTerms(10_000, { minimumInstalment: 500 }, 'JPY').perPayment.suggested.map((amount) => amount.amount);
    expect(suggested).toEqual([1_000, 1_500, 2_000]);
  });

  it('states the same smallest amount at every frequency, as the policy bounds a plan by its count (12), not its length', () => {
    const monthly = instalmentTerms(121_541).perPayment;
    for (const frequencies of [['weekly'], ['biweekly'], ['weekly', 'biweekly']] as const) {
      expect(instalmentTerms(121_541, { frequencies: [...frequencies] }).perPayment).toEqual(monthly);
    }
    expect(monthly.smallest).toEqual({ amount: 10_129, currency: 'EUR' });
  });

  it('states the smallest amount net of a required down payment, as the server refuses below it', () => {
    const terms = instalmentTerms(121_541, { downPayment: { required: true, minimumAmount: 21_541 } });
    expect(terms.perPayment.smallest).toEqual({ amount: 8_334, currency: 'EUR' });
    expect(plansPerPayment(terms, money(8_333, 'EUR'), { downPayment: money(21_541, 'EUR') })).toMatchObject({ ok: false, smallest: terms.perPayment.smallest });
  });
});

describe('plansPerPayment', () => {
  it('answers plans whose instalments are all at most 150 € for 1,215.41 €: the shortest recommended, then longer ones', () => {
    const result = plansPerPayment(instalmentTerms(121_541), money(15_000, 'EUR'));
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
    expect(regular(result.plans[0] as PerPaymentPlan)).toEqual([13_504, 13_504, 13_504, 13_504, 13_504, 13_504, 13_504, 13_504, 13_509]);
  });

  it('dates the last instalment count − 1 months after the first', () => {
    const result = plansPerPayment(instalmentTerms(121_541), money(15_000, 'EUR'), { firstDueDate: '2026-12-15' });
    if (!result.ok) throw new Error(result.reasons[0]?.message);
    const rows = result.plans[0]?.schedule.instalments ?? [];
    expect([rows[0]?.dueDate, rows.at(-1)?.dueDate]).toEqual(['2026-12-15', '2027-08-15']);
  });

  it("takes the debtor's own amount each month where the rest is a valid last instalment: 6 × 150 € and 100 €", () => {
    const result = plansPerPayment(instalmentTerms(100_000), money(15_000, 'EUR'));
    if (!result.ok) throw new Error(result.reasons[0]?.message);
    expect(result.plans[0]?.choice).toEqual({ kind: 'instalments', frequency: 'monthly', instalmentAmount: { amount: 15_000, currency: 'EUR' } });
    expect(regular(result.plans[0] as PerPaymentPlan)).toEqual([15_000, 15_000, 15_000, 15_000, 15_000, 15_000, 10_000]);
  });

  it('keeps to the policy: at least two instalments when the amount would pay it all at once, at most the longest plan', () => {
    const result = plansPerPayment(instalmentTerms(20_000), money(50_000, 'EUR'));
    if (!result.ok) throw new Error(result.reasons[0]?.message);
    expect(result.plans.map((plan) => regular(plan).length)).toEqual([2, 5, 8]);
    expect(regular(result.plans[0] as PerPaymentPlan)).toEqual([10_000, 10_000]);
  });

  it('refuses an amount below the smallest possible monthly amount and says what that amount is', () => {
    const result = plansPerPayment(instalmentTerms(121_541), money(10_000, 'EUR'));
    expect(result).toMatchObject({ ok: false, reasons: [{ code: 'amount_below_minimum', field: 'monthlyAmount' }], smallest: { amount: 10_129, currency: 'EUR' } });
    expect(plansPerPayment(instalmentTerms(121_541), money(10_129, 'EUR')).ok).toBe(true);
  });

  it('holds the minimum instalment on a small claim', () => {
    expect(plansPerPayment(instalmentTerms(20_000, { minimumInstalment: 5_000 }), money(4_000, 'EUR'))).toMatchObject({ ok: false, smallest: { amount: 5_000 } });
  });

  it('counts a down payment off what the months must pay', () => {
    const terms = instalmentTerms(121_541, { downPayment: { minimumAmount: 1_000 } });
    const result = plansPerPayment(terms, money(10_000, 'EUR'), { downPayment: money(31_541, 'EUR') });
    if (!result.ok) throw new Error(result.reasons[0]?.message);
    expect(result.plans[0]?.schedule.instalments[0]).toMatchObject({ kind: 'down_payment', amount: { amount: 31_541 } });
    expect(regular(result.plans[0] as PerPaymentPlan)).toHaveLength(9);
  });

  it('refuses another currency, a first date outside the offer and a frequency the offer does not allow', () => {
    expect(plansPerPayment(instalmentTerms(121_541), money(15_000, 'USD'))).toMatchObject({ ok: false, reasons: [{ code: 'currency_mismatch' }] });
    expect(plansPerPayment(instalmentTerms(121_541), money(15_000, 'EUR'), { firstDueDate: '2027-06-01' })).toMatchObject({ ok: false, reasons: [{ code: 'date_out_of_range' }] });
    expect(plansPerPayment(instalmentTerms(121_541), money(15_000, 'EUR'), { frequency: 'weekly' })).toMatchObject({ ok: false, reasons: [{ code: 'frequency_not_allowed', field: 'frequency' }] });
    expect(plansPerPayment(instalmentTerms(121_541, { frequencies: ['biweekly'] }), money(15_000, 'EUR'), { frequency: 'monthly' })).toMatchObject({
      ok: false,
      reasons: [{ code: 'frequency_not_allowed' }],
    });
  });
});

describe('plansPerPayment at other frequencies', () => {
  const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

  it('plans every two weeks for a biweekly-only policy without being asked: 9 payments of at most 150 €, 14 days apart', () => {
    const result = plansPerPayment(instalmentTerms(121_541, { frequencies: ['biweekly'] }), money(15_000, 'EUR'), { firstDueDate: '2026-12-15' });
    if (!result.ok) throw new Error(result.reasons[0]?.message);
    expect(result.plans.map((plan) => regular(plan).length)).toEqual([9, 11, 12]);
    expect(result.plans.filter((plan) => plan.recommended)).toHaveLength(1);
    for (const plan of result.plans) {
      expect(plan.choice.frequency).toBe('biweekly');
      expect(plan.schedule.frequency).toBe('biweekly');
      expect(sum(regular(plan))).toBe(121_541);
      expect(Math.max(...regular(plan))).toBeLessThanOrEqual(15_000);
    }
    const rows = result.plans[0]?.schedule.instalments ?? [];
    expect(rows.slice(1).map((row, index) => days(rows[index]?.dueDate ?? '', row.dueDate))).toEqual(Array(8).fill(14));
    expect(rows.at(-1)?.dueDate).toBe('2027-04-06');
  });

  it('plans weekly when asked and allowed, 7 days apart, and keeps to the same smallest amount per payment', () => {
    const terms = instalmentTerms(121_541, { frequencies: ['monthly', 'weekly'] });
    const result = plansPerPayment(terms, money(20_000, 'EUR'), { frequency: 'weekly', firstDueDate: '2026-12-10' });
    if (!result.ok) throw new Error(result.reasons[0]?.message);
    const rows = result.plans[0]?.schedule.instalments ?? [];
    expect(result.plans[0]?.choice).toMatchObject({ kind: 'instalments', frequency: 'weekly' });
    expect(rows.map((row) => row.dueDate)).toEqual(['2026-12-10', '2026-12-17', '2026-12-24', '2026-12-31', '2027-01-07', '2027-01-14', '2027-01-21']);
    expect(plansPerPayment(terms, money(10_128, 'EUR'), { frequency: 'weekly' })).toMatchObject({ ok: false, reasons: [{ code: 'amount_below_minimum' }], smallest: { amount: 10_129 } });
  });

  it('asks monthly by default when the policy allows it among others, else the policy’s first frequency', () => {
    expect(defaultFrequency(['weekly', 'monthly'])).toBe('monthly');
    expect(defaultFrequency(['biweekly', 'weekly'])).toBe('biweekly');
    const result = plansPerPayment(instalmentTerms(121_541, { frequencies: ['weekly', 'monthly'] }), money(15_000, 'EUR'));
    expect(result.ok && result.plans[0]?.choice.frequency).toBe('monthly');
  });
});
