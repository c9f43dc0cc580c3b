import { ClaimResponse, type Money, type Outcome, type Payment, type SignedOffer } from '@settle/protocol';
import { germanClaim } from '../../../../tests/fixtures/claims.js';
import type { SettleOptions } from '../../src/index.js';
import { planSettle } from '../plans/plan-settle.js';
import { get, post, sessionFor } from '../support.js';

export const DAY = 86_400_000;

/**
 * The plan tests' settle instance (fixed clock, inspectable store, every hook recorded,
 * claims the test changes as the creditor's ledger would) with the sandbox provider and
 * every offer kind enabled.
 */
export async function outcomeSettle(overrides: Partial<SettleOptions> = {}) {
  const test = await planSettle({
    providers: { sandbox: { webhookSecret: 'sbx_whsec_outcome_tests' } },
    policy: {
      enabledOptions: ['pay_in_full', 'deferral', 'instalments', 'partial_payment', 'promise_to_pay', 'payment_pause'],
      minimumInstalment: 2_000,
      partialPayment: { minimum: 1_000 },
    },
    ...overrides,
  });
  const { settle, claims } = test;
  const offers = async (token: string): Promise<SignedOffer[]> => {
    const response = await settle.handle(get('/offers', token));
    return ((await response.json()) as { offers: SignedOffer[] }).offers;
  };

  return {
    ...test,
    session: (claimId = germanClaim().id) => sessionFor(settle, claimId),
    /** The outcome as GET /claims/:claimId answers it. */
    async outcome(token: string, claimId = germanClaim().id): Promise<Outcome> {
      const response = await settle.handle(get(`/claims/${claimId}`, token));
      if (response.status !== 200) throw new Error(`GET /claims: ${response.status} ${await response.text()}`);
      // Parsed with the protocol's schema: the server's answer must be what the widget expects.
      return ClaimResponse.parse(await response.json()).outcome;
    },
    /** Pays through the sandbox as the widget does: create, authorize, confirm. */
    async pay(token: string, body: Record<string, unknown>): Promise<Payment> {
      const created = await settle.handle(post('/payments', { provider: 'sandbox', ...body }, { authorization: `Bearer ${token}`, 'idempotency-key': `key_${crypto.randomUUID()}` }));
      if (created.status !== 201) throw new Error(`POST /payments: ${created.status} ${await created.text()}`);
      const { payment } = (await created.json()) as { payment: Payment };
      const { reference, clientSecret } = payment.client as { reference: string; clientSecret: string };
      await settle.handle(post(`/sandbox/payments/${reference}/authorize`, { clientSecret, scenario: 'success' }));
      const confirmed = await settle.handle(post(`/payments/${payment.id}/confirm`, {}, { authorization: `Bearer ${token}` }));
      return ((await confirmed.json()) as { payment: Payment }).payment;
    },
    offers,
    async acceptOffer(token: string, kind: string, choice: Record<string, unknown>) {
      const found = await offers(token);
      const signed = found.find((offer) => offer.offer.terms.kind === kind);
      if (!signed) throw new Error(`no ${kind} offer among ${found.map((offer) => offer.offer.terms.kind).join(', ')}`);
      const response = await settle.handle(post('/plans', { offerToken: signed.token, choice: { kind, ...choice } }, { authorization: `Bearer ${token}` }));
      if (response.status !== 201) throw new Error(`POST /plans: ${response.status} ${await response.text()}`);
      return response.json() as Promise<{ plan: { id: string } }>;
    },
    submit(path: string, token: string, body: unknown, idempotencyKey?: string) {
      return settle.handle(post(path, body, { authorization: `Bearer ${token}`, ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}) }));
    },
    /**
     * The creditor books a payment as `onPaymentSucceeded` should: a payment line, a lower
     * total, a new balance version, and "settled" once nothing is owed.
     */
    book(claimId: string, amount: Money, date = '2026-11-23') {
      const claim = claims.get(claimId);
      if (!claim) throw new Error(`no claim ${claimId}`);
      const total = claim.total.amount - amount.amount;
      claims.set(claimId, {
        ...claim,
        balanceVersion: claim.balanceVersion + 1,
        lines: [...claim.lines, { kind: 'payment', label: 'Payment', amount, date }],
        total: { ...claim.total, amount: total },
        status: total === 0 ? 'settled' : claim.status,
      });
    },
  };
}

export type OutcomeSettle = Awaited<ReturnType<typeof outcomeSettle>>;
