import { describe, expect, it } from 'vitest';
import { MonthlyPlansResponse } from '@settle/protocol';
import { sessionFor } from '../support.js';
import { accept, authed, offerOf, offersFor, planSettle } from './plan-settle.js';

type Settle = Awaited<ReturnType<typeof planSettle>>['settle'];

async function monthly(settle: Settle, token: string, body: unknown) {
  const response = await settle.handle(authed('/offers/monthly', token, body));
  return { status: response.status, body: (await response.json()) as MonthlyPlansResponse & { error?: { code: string; message: string; minimum?: unknown } } };
}

async function instalmentOffer(settle: Settle) {
  const token = await sessionFor(settle, 'clm_de_1001');
  return { token, signed: offerOf(await offersFor(settle, token), 'instalments') };
}

const eur = (amount: number) => ({ amount, currency: 'EUR' });

describe('POST /offers/monthly', () => {
  it('offers round amounts per payment with the instalment offer: 128.37 € in at most 6 payments needs 21.40 € each', async () => {
    const { settle } = await planSettle();
    const { signed } = await instalmentOffer(settle);
    expect(signed.offer.terms).toMatchObject({ minCount: 2, maxCount: 6, perPayment: { smallest: eur(2_140), suggested: [eur(2_500), eur(3_000), eur(4_000)] } });
  });

  it('states in the offer the very minimum that amount_below_minimum names for the same claim, not the policy’s 20 €', async () => {
    const { settle } = await planSettle();
    const { token, signed } = await instalmentOffer(settle);
    const terms = signed.offer.terms;
    if (terms.kind !== 'instalments') throw new Error('not an instalment offer');
    const below = await monthly(settle, token, { offerToken: signed.token, monthlyAmount: eur(terms.perPayment.smallest.amount - 1) });
    expect(below.body.error).toMatchObject({ code: 'amount_below_minimum', minimum: terms.perPayment.smallest });
    expect(terms.minimumInstalment).toEqual(eur(2_000));
    expect((await monthly(settle, token, { offerToken: signed.token, monthlyAmount: terms.perPayment.smallest })).status).toBe(200);
  });

  it('answers the plans whose monthly instalments fit 30 €, each dated from today, the shortest recommended', async () => {
    const { settle } = await planSettle();
    const { token, signed } = await instalmentOffer(settle);
    const { status, body } = await monthly(settle, token, { offerToken: signed.token, monthlyAmount: eur(3_000) });
    expect(status).toBe(200);
    const { plans } = MonthlyPlansResponse.parse(body);
    expect(plans.map((plan) => plan.schedule.instalments.length)).toEqual([5, 6]);
    expect(plans.filter((plan) => plan.recommended)).toHaveLength(1);
    expect(plans[0]?.recommended).toBe(true);
    // 4 × 30 € would leave 8.37 €, below the 20 € minimum: five equal instalments instead.
    expect(plans[0]?.schedule.instalments.map((row) => [row.dueDate, row.amount.amount])).toEqual([
      ['2026-11-23', 2_567],
      ['2026-12-23', 2_567],
      ['2027-01-23', 2_567],
      ['2027-02-23', 2_567],
      ['2027-03-23', 2_569],
    ]);
    for (const plan of plans) expect(Math.max(...plan.schedule.instalments.map((row) => row.amount.amount))).toBeLessThanOrEqual(3_000);
  });

  it('refuses an amount below the smallest monthly amount with a typed error that names it', async () => {
    const { settle } = await planSettle();
    const { token, signed } = await instalmentOffer(settle);
    const { status, body } = await monthly(settle, token, { offerToken: signed.token, monthlyAmount: eur(2_000) });
    expect(status).toBe(422);
    expect(body.error).toMatchObject({ code: 'amount_below_minimum', minimum: eur(2_140) });
  });

  it('trusts no amount from the browser: fractions, negatives and another currency are refused, forged terms are ignored', async () => {
    const { settle } = await planSettle();
    const { token, signed } = await instalmentOffer(settle);
    for (const monthlyAmount of [
      { amount: 2_500.5, currency: 'EUR' },
      { amount: -3_000, currency: 'EUR' },
      { amount: '3000', currency: 'EUR' },
    ]) {
      expect((await monthly(settle, token, { offerToken: signed.token, monthlyAmount })).body.error?.code).toBe('bad_request');
    }
    expect((await monthly(settle, token, { offerToken: signed.token, monthlyAmount: { amount: 3_000, currency: 'USD' } })).body.error?.code).toBe('validation_failed');
    // Terms sent beside the token change nothing: the plans come from the signed offer.
    const forged = await monthly(settle, token, { offerToken: signed.token, monthlyAmount: eur(3_000), terms: { ...signed.offer.terms, totalPayable: eur(100) } });
    expect(forged.body.plans?.[0]?.schedule.total).toEqual(eur(12_837));
  });

  it('refuses an offer that is not for instalments, and one signed for another session', async () => {
    const { settle } = await planSettle();
    const token = await sessionFor(settle, 'clm_de_1001');
    const payInFull = offerOf(await offersFor(settle, token), 'pay_in_full');
    expect((await monthly(settle, token, { offerToken: payInFull.token, monthlyAmount: eur(3_000) })).body.error?.code).toBe('validation_failed');
    const other = await instalmentOffer(settle);
    expect((await monthly(settle, token, { offerToken: other.signed.token, monthlyAmount: eur(3_000) })).body.error?.code).toBe('offer_invalid');
  });

  it('plans every two weeks for a biweekly-only creditor without being asked, and plan.accepted carries exactly that plan', async () => {
    const { settle, events } = await planSettle({ policy: { enabledOptions: ['instalments'], minimumInstalment: 2_000, maxInstalments: 12, frequencies: ['biweekly'] } });
    const { token, signed } = await instalmentOffer(settle);
    expect(signed.offer.terms).toMatchObject({ frequencies: ['biweekly'], perPayment: { smallest: eur(2_140) } });
    const { status, body } = await monthly(settle, token, { offerToken: signed.token, monthlyAmount: eur(3_000) });
    expect(status).toBe(200);
    const { plans } = MonthlyPlansResponse.parse(body);
    expect(plans.map((plan) => plan.choice.kind === 'instalments' && plan.choice.frequency)).toEqual(['biweekly', 'biweekly']);
    expect(plans[0]?.schedule.instalments.map((row) => row.dueDate)).toEqual(['2026-11-23', '2026-12-07', '2026-12-21', '2027-01-04', '2027-01-18']);
    const chosen = plans[1];
    expect((await accept(settle, token, { offerToken: signed.token, choice: chosen?.choice })).status).toBe(201);
    expect(events[0]).toMatchObject({ type: 'plan.accepted', data: { plan: { schedule: { ...chosen?.schedule, frequency: 'biweekly' } } } });
  });

  it('plans at the frequency asked for among the offer’s, and refuses one it does not allow with a typed error', async () => {
    const { settle } = await planSettle({ policy: { enabledOptions: ['instalments'], minimumInstalment: 2_000, maxInstalments: 12, frequencies: ['monthly', 'weekly'] } });
    const { token, signed } = await instalmentOffer(settle);
    const weekly = await monthly(settle, token, { offerToken: signed.token, monthlyAmount: eur(3_000), frequency: 'weekly' });
    expect(MonthlyPlansResponse.parse(weekly.body).plans[0]?.schedule.frequency).toBe('weekly');
    const byDefault = await monthly(settle, token, { offerToken: signed.token, monthlyAmount: eur(3_000) });
    expect(MonthlyPlansResponse.parse(byDefault.body).plans[0]?.schedule.frequency).toBe('monthly');
    const refused = await monthly(settle, token, { offerToken: signed.token, monthlyAmount: eur(3_000), frequency: 'biweekly' });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({ code: 'validation_failed', message: expect.stringContaining('frequency') });
    expect((await monthly(settle, token, { offerToken: signed.token, monthlyAmount: eur(3_000), frequency: 'daily' })).body.error?.code).toBe('bad_request');
    // Below the minimum stays the same typed 422 at every frequency.
    const below = await monthly(settle, token, { offerToken: signed.token, monthlyAmount: eur(2_000), frequency: 'weekly' });
    expect([below.status, below.body.error]).toMatchObject([422, { code: 'amount_below_minimum', minimum: eur(2_140) }]);
  });

  it('lets the debtor accept a plan it answered, and the accepted plan is that exact schedule', async () => {
    const { settle, events } = await planSettle();
    const { token, signed } = await instalmentOffer(settle);
    const { plans } = MonthlyPlansResponse.parse((await monthly(settle, token, { offerToken: signed.token, monthlyAmount: eur(3_000) })).body);
    const chosen = plans[1];
    const { status, body } = await accept(settle, token, { offerToken: signed.token, choice: chosen?.choice });
    expect(status).toBe(201);
    expect(body.plan.schedule).toEqual(chosen?.schedule);
    expect(events[0]).toMatchObject({ type: 'plan.accepted', data: { plan: { schedule: chosen?.schedule } } });
  });
});
