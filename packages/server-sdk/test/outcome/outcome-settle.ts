import { ClaimResponse, type Claim, type Money, type Outcome, type Payment, type SignedOffer } from '@settle/protocol';
import { germanClaim, usClaim } from '../../../../tests/fixtures/claims.js';
import { createSettle, MemoryStore, type SettleEvent, type SettleOptions } from '../../src/index.js';
import { AUDIENCE, ISSUER, SECRET, get, post, sessionFor } from '../support.js';

/** 10:00 UTC on 23 Nov 2026. */
export const NOW = Date.parse('2026-11-23T10:00:00Z');
export const DAY = 86_400_000;

/**
 * A settle instance with the sandbox provider, a fixed clock, a store the test can
 * inspect, every hook recorded, and claims the test changes as the creditor's ledger would.
 */
export async function outcomeSettle(overrides: Partial<SettleOptions> = {}) {
  const claims = new Map<string, Claim>([
    [germanClaim().id, germanClaim()],
    [usClaim().id, usClaim()],
  ]);
  const clock = { now: NOW };
  const store = new MemoryStore(() => clock.now);
  const events: SettleEvent[] = [];
  const record = async (event: SettleEvent) => {
    events.push(event);
  };
  const settle = await createSettle({
    keys: [{ kid: 'k1', alg: 'HS256', secret: SECRET }],
    issuer: ISSUER,
    audience: AUDIENCE,
    basePath: '/settle',
    store,
    delivery: { backoffMs: 1 },
    providers: { sandbox: { webhookSecret: 'sbx_whsec_outcome_tests' } },
    policy: {
      enabledOptions: ['pay_in_full', 'deferral', 'instalments', 'partial_payment', 'promise_to_pay', 'payment_pause'],
      minimumInstalment: 2_000,
      partialPayment: { minimum: 1_000 },
    },
    backend: {
      getClaim: async (id) => claims.get(id) ?? null,
      onPaymentSucceeded: record,
      onPaymentFailed: record,
      onPlanAccepted: record,
      onPromiseToPay: record,
      onPlanChanged: record,
      onDisputeOpened: record,
      onContactRequested: record,
      onFeedback: record,
      onAutopayRevoked: record,
    },
    logger: { warn: () => {}, error: () => {} },
    now: () => clock.now,
    ...overrides,
  });
  const test = { settle, claims, clock, store, events };
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
