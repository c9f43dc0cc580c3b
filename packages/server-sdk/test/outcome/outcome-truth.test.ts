import { describe, expect, it } from 'vitest';
import type { Payment } from '@settle/protocol';
import { germanClaim } from '../../../../tests/fixtures/claims.js';
import { post } from '../support.js';
import { DAY, outcomeSettle, type OutcomeSettle } from './outcome-settle.js';

const EUR = (amount: number) => ({ amount, currency: 'EUR' });
const DE = germanClaim().id;
const TOTAL = germanClaim().total.amount;

/** Creates a sandbox payment without paying it, as a second tab's checkout would. */
async function checkout(test: OutcomeSettle, token: string, body: Record<string, unknown>): Promise<Payment> {
  const created = await test.settle.handle(post('/payments', { provider: 'sandbox', ...body }, { authorization: `Bearer ${token}`, 'idempotency-key': `key_${crypto.randomUUID()}` }));
  expect(created.status).toBe(201);
  return ((await created.json()) as { payment: Payment }).payment;
}

/** The debtor completes the sandbox wallet, and the widget confirms: the server's answer. */
async function payAndConfirm(test: OutcomeSettle, token: string, payment: Payment): Promise<Payment> {
  const { reference, clientSecret } = payment.client as { reference: string; clientSecret: string };
  expect((await test.settle.handle(post(`/sandbox/payments/${reference}/authorize`, { clientSecret, scenario: 'success' }))).status).toBe(200);
  const confirmed = await test.settle.handle(post(`/payments/${payment.id}/confirm`, {}, { authorization: `Bearer ${token}` }));
  return ((await confirmed.json()) as { payment: Payment }).payment;
}

describe('the claim outcome tells the truth', () => {
  it('is paused, saying when payments resume, after the debtor pauses an instalment plan in the plan manager, and plan_active again once they do', async () => {
    const test = await outcomeSettle();
    const token = await test.session();
    const { plan } = await test.acceptOffer(token, 'instalments', { count: 3 });
    const paused = await test.submit('/plan/changes', token, { change: { kind: 'pause', months: 1 } }, 'pause-key-0001');
    expect(paused.status).toBe(200);
    expect(await test.outcome(token)).toMatchObject({ state: 'paused', planId: plan.id, until: '2026-12-22', nextDue: { dueDate: '2026-12-23', amount: EUR(4_279) } });
    // A second month added the next day extends the pause from where the first ends.
    test.clock.now += DAY;
    const later = await test.session();
    expect((await test.submit('/plan/changes', later, { change: { kind: 'pause', months: 1 } }, 'pause-key-0002')).status).toBe(200);
    expect(await test.outcome(later)).toMatchObject({ state: 'paused', until: '2027-01-22', nextDue: { dueDate: '2027-01-23' } });
    // The day payments resume, the plan runs again.
    test.clock.now += 60 * DAY;
    expect(await test.outcome(await test.session())).toMatchObject({ state: 'plan_active', nextDue: { dueDate: '2027-01-23', amount: EUR(4_279) } });
  });

  it('is plan_active, not paused, after the plan manager only moved an instalment', async () => {
    const test = await outcomeSettle();
    const token = await test.session();
    await test.acceptOffer(token, 'instalments', { count: 3 });
    expect((await test.submit('/plan/changes', token, { change: { kind: 'shift', instalment: 1, date: '2026-11-30' } }, 'shift-key-0001')).status).toBe(200);
    expect(await test.outcome(token)).toMatchObject({ state: 'plan_active', nextDue: { dueDate: '2026-11-30' } });
  });

  for (const [kind, state] of [
    ['deferral', 'deferred'],
    ['promise_to_pay', 'promised'],
  ] as const) {
    it(`is overdue once the ${kind}'s date passed unpaid, with what is open now, and the options come back`, async () => {
      const test = await outcomeSettle();
      const token = await test.session();
      const { plan } = await test.acceptOffer(token, kind, { date: '2026-12-10' });
      // On the day itself, all is still as agreed.
      test.clock.now += 17 * DAY;
      expect(await test.outcome(await test.session())).toMatchObject({ state });
      test.clock.now += DAY;
      // The creditor booked part of it by bank transfer meanwhile: the open total is the ledger's.
      test.book(DE, EUR(2_837));
      const lapsed = await test.session();
      expect(await test.outcome(lapsed)).toEqual({ state: 'overdue', planId: plan.id, kind, date: '2026-12-10', openTotal: EUR(10_000), receipts: [], feedbackGiven: false });
      const offers = await test.offers(lapsed);
      expect(offers.map((offer) => offer.offer.terms.kind)).toContain('instalments');
      expect(offers.every((offer) => offer.offer.terms.balance.amount === 10_000)).toBe(true);
      const replaced = await test.acceptOffer(lapsed, 'instalments', { count: 2 });
      expect(replaced.plan.id).not.toBe(plan.id);
      expect(await test.outcome(lapsed)).toMatchObject({ state: 'plan_active', planId: replaced.plan.id, openTotal: EUR(10_000), instalmentCount: 2 });
    });
  }

  it('is not overdue when the deferral was paid through Settle before its date', async () => {
    const test = await outcomeSettle();
    const token = await test.session();
    await test.acceptOffer(token, 'deferral', { date: '2026-12-10' });
    await test.pay(token, { option: 'full' });
    test.clock.now += 20 * DAY;
    expect(await test.outcome(await test.session())).toMatchObject({ state: 'paid_in_full', openTotal: EUR(0) });
  });

  it('is creditor_plan with the ledger’s next payment when the ledger says plan_active and Settle has no plan, with no offers and no plan to accept', async () => {
    const test = await outcomeSettle();
    test.claims.set(DE, { ...germanClaim(), status: 'plan_active', nextInstalment: { dueDate: '2026-12-01', amount: EUR(3_000) } });
    const token = await test.session();
    expect(await test.outcome(token)).toEqual({ state: 'creditor_plan', nextDue: { dueDate: '2026-12-01', amount: EUR(3_000) }, openTotal: EUR(TOTAL), receipts: [], feedbackGiven: false });
    expect(await test.offers(token)).toEqual([]);
    // Without the ledger saying what is next, the outcome names nothing it does not know.
    test.claims.set(DE, { ...germanClaim(), status: 'plan_active' });
    expect(await test.outcome(token)).toEqual({ state: 'creditor_plan', openTotal: EUR(TOTAL), receipts: [], feedbackGiven: false });
  });

  it('is the Settle plan’s own state, not creditor_plan, when the ledger marks a plan Settle agreed as plan_active', async () => {
    const test = await outcomeSettle();
    const token = await test.session();
    await test.acceptOffer(token, 'deferral', { date: '2026-12-20' });
    test.claims.set(DE, { ...test.claims.get(DE)!, status: 'plan_active' });
    expect(await test.outcome(token)).toMatchObject({ state: 'deferred', until: '2026-12-20' });
  });

  it('refuses a ledger’s next payment in another currency than the claim’s', async () => {
    const test = await outcomeSettle();
    test.claims.set(DE, { ...germanClaim(), status: 'plan_active', nextInstalment: { dueDate: '2026-12-01', amount: { amount: 3_000, currency: 'USD' } } });
    await expect(test.outcome(await test.session())).rejects.toThrow(/GET \/claims: 5\d\d/);
  });

  it('answers a payment refunded for a balance already paid as refunded, never canceled, and the outcome is paid (then settled) and names the refund', async () => {
    const test = await outcomeSettle();
    const token = await test.session();
    const full = await checkout(test, token, { option: 'full' });
    const partial = await checkout(test, token, { option: 'partial', partialAmount: TOTAL });
    expect((await payAndConfirm(test, token, full)).status).toBe('succeeded');
    const second = await payAndConfirm(test, token, partial);
    expect(second.status).toBe('refunded');
    const paid = await test.outcome(token);
    expect(paid).toMatchObject({ state: 'paid_in_full', openTotal: EUR(0), refunded: EUR(TOTAL) });
    expect(paid.receipts.map((receipt) => receipt.paymentId)).toEqual([full.id]);
    test.book(DE, EUR(TOTAL));
    expect(await test.outcome(token)).toMatchObject({ state: 'settled', refunded: EUR(TOTAL) });
    const read = await test.settle.handle(new Request(`https://creditor.example/settle/payments/${partial.id}`, { headers: { authorization: `Bearer ${token}` } }));
    expect(((await read.json()) as { payment: Payment }).payment.status).toBe('refunded');
  });

  it('names no refund on a claim paid once', async () => {
    const test = await outcomeSettle();
    const token = await test.session();
    await test.pay(token, { option: 'full' });
    expect(await test.outcome(token)).not.toHaveProperty('refunded');
  });
});
