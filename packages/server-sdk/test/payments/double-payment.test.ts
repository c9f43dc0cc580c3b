import { setupServer } from 'msw/node';
import Stripe from 'stripe';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { germanClaim } from '../../../../tests/fixtures/claims.js';
import { PaymentOverpaidData, PaymentSucceededData, type Payment } from '@settle/protocol';
import { MemoryStore, stripeProvider, type ClaimInput, type SettleEvent } from '../../src/index.js';
import { SandboxProvider } from '../../src/payments/sandbox.js';
import { post, sessionFor } from '../support.js';
import { FakeStripeApi } from './fake-stripe-api.js';
import { EUR, STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET, confirmRequest, createPaymentRequest, paymentOf, paymentSettle, webhookRequest, type PaymentSettle } from './support.js';

/**
 * Two checkouts for one balance: two tabs, or a retry with a new Idempotency-Key. The money
 * moves once: the second checkout gets the open payment, or the first is canceled at the
 * provider; and when two payments for one balance both succeed anyway (full amount and a
 * partial of all of it, open side by side), exactly one counts and the other is refunded.
 */

const SANDBOX_SECRET = 'sandbox-secret-for-double-payments';
const TOTAL = germanClaim().total.amount;
const POLICY = { enabledOptions: ['pay_in_full', 'partial_payment'] as const, partialPayment: { minimum: 1000 } };

let stripe = new FakeStripeApi(STRIPE_SECRET_KEY);
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function doubleSettle() {
  stripe = new FakeStripeApi(STRIPE_SECRET_KEY);
  server.use(...stripe.handlers());
  const store = new MemoryStore();
  const succeeded: SettleEvent<'payment.succeeded'>[] = [];
  const overpaid: SettleEvent<'payment.overpaid'>[] = [];
  const claims = new Map<string, unknown>([[germanClaim().id, germanClaim()]]);
  const test = await paymentSettle(
    { sandbox: { webhookSecret: SANDBOX_SECRET }, stripe: stripeProvider({ secretKey: STRIPE_SECRET_KEY, publishableKey: 'pk_test_fake', webhookSecrets: [STRIPE_WEBHOOK_SECRET] }) },
    {
      store,
      policy: { ...POLICY, enabledOptions: [...POLICY.enabledOptions] },
      backend: {
        getClaim: async (id) => (claims.get(id) ?? null) as ClaimInput | null,
        onPaymentSucceeded: async (event) => void succeeded.push(event),
        onPaymentOverpaid: async (event) => void overpaid.push(event),
      },
    },
  );
  const bank = new SandboxProvider({ webhookSecret: SANDBOX_SECRET }, { store, now: () => test.clock.now });
  return { ...test, claims, succeeded, overpaid, bank, token: await sessionFor(test.settle, germanClaim().id) };
}
type DoubleSettle = Awaited<ReturnType<typeof doubleSettle>>;

async function checkout(test: PaymentSettle, token: string, body: Record<string, unknown>): Promise<{ status: number; payment: Payment }> {
  const response = await test.settle.handle(createPaymentRequest(token, body));
  return { status: response.status, payment: await paymentOf(response) };
}

async function paySandbox(test: DoubleSettle, payment: Payment): Promise<void> {
  const { reference, clientSecret } = payment.client as { reference: string; clientSecret: string };
  const authorized = await test.settle.handle(post(`/sandbox/payments/${reference}/authorize`, { clientSecret, scenario: 'success' }));
  expect(authorized.status).toBe(200);
}

async function sandboxWebhook(test: DoubleSettle, payment: Payment): Promise<Response> {
  const { body, headers } = await test.bank.webhookFor((payment.client as { reference: string }).reference);
  return test.settle.handle(webhookRequest('sandbox', body, headers));
}

function stripeWebhook(test: DoubleSettle, intent: Stripe.PaymentIntent): Request {
  const body = JSON.stringify({ id: `evt_${crypto.randomUUID()}`, object: 'event', type: 'payment_intent.succeeded', data: { object: intent } });
  const signature = Stripe.webhooks.generateTestHeaderString({ payload: body, secret: STRIPE_WEBHOOK_SECRET, timestamp: Math.floor(test.clock.now / 1000) });
  return webhookRequest('stripe', body, { 'stripe-signature': signature });
}

const intentOf = (payment: Payment) => (payment.client as { clientSecret: string }).clientSecret.split('_secret_')[0] as string;

describe('two checkouts for one balance', () => {
  it('gives two tabs checking out the same balance at once one open payment, created once at the provider', async () => {
    const test = await doubleSettle();
    const otherTab = await sessionFor(test.settle, germanClaim().id);
    const [first, second] = await Promise.all([checkout(test, test.token, { option: 'full', provider: 'stripe' }), checkout(test, otherTab, { option: 'full', provider: 'stripe' })]);
    expect([first.status, second.status].sort()).toEqual([200, 201]);
    expect(first.payment.id).toBe(second.payment.id);
    expect(stripe.intents.size).toBe(1);
  });

  it('cancels the open payment at the provider before a different checkout replaces it (Stripe, then sandbox)', async () => {
    const test = await doubleSettle();
    const first = await checkout(test, test.token, { option: 'full', provider: 'stripe' });
    const second = await checkout(test, test.token, { option: 'full', provider: 'sandbox' });
    expect(second.status).toBe(201);
    expect(stripe.intents.get(intentOf(first.payment))?.status).toBe('canceled');
    const replaced = await paymentOf(await test.settle.handle(confirmRequest(test.token, first.payment.id)));
    expect(replaced.status).toBe('canceled');
  });

  it('refuses to pay a sandbox checkout that a newer checkout replaced', async () => {
    const test = await doubleSettle();
    const first = await checkout(test, test.token, { option: 'full', provider: 'sandbox' });
    await checkout(test, test.token, { option: 'full', provider: 'stripe' });
    const { reference, clientSecret } = first.payment.client as { reference: string; clientSecret: string };
    const authorized = await test.settle.handle(post(`/sandbox/payments/${reference}/authorize`, { clientSecret, scenario: 'success' }));
    expect(authorized.status).toBe(409);
    expect(test.succeeded).toHaveLength(0);
  });

  for (const order of ['full first', 'partial first', 'concurrently'] as const) {
    it(`counts one of two sandbox payments of the whole balance paid ${order}, and refunds the other as payment.overpaid`, async () => {
      const test = await doubleSettle();
      const full = (await checkout(test, test.token, { option: 'full', provider: 'sandbox' })).payment;
      const partial = (await checkout(test, test.token, { option: 'partial', provider: 'sandbox', partialAmount: TOTAL })).payment;
      expect(full.id).not.toBe(partial.id);
      await paySandbox(test, full);
      await paySandbox(test, partial);
      const [one, two] = order === 'partial first' ? [partial, full] : [full, partial];
      if (order === 'concurrently') await Promise.all([sandboxWebhook(test, one), sandboxWebhook(test, two), test.settle.handle(confirmRequest(test.token, two.id))]);
      else {
        expect((await sandboxWebhook(test, one)).status).toBe(200);
        expect((await sandboxWebhook(test, two)).status).toBe(200);
      }
      // Redeliveries change nothing.
      await sandboxWebhook(test, one);
      await sandboxWebhook(test, two);
      await test.settle.drain();
      expect(test.succeeded).toHaveLength(1);
      expect(test.overpaid).toHaveLength(1);
      const counted = test.succeeded[0]!.data.paymentId;
      const refunded = test.overpaid[0]!;
      expect(new Set([counted, refunded.data.paymentId])).toEqual(new Set([full.id, partial.id]));
      expect(refunded.data).toMatchObject({ amount: EUR(TOTAL), refund: { amount: EUR(TOTAL), status: 'succeeded' } });
      // The contract's schemas describe exactly what was sent.
      expect(PaymentOverpaidData.parse(refunded.data)).toEqual(refunded.data);
      expect(PaymentSucceededData.parse(test.succeeded[0]!.data)).toEqual(test.succeeded[0]!.data);
      // Nothing is left to pay: a third checkout is refused, the open total is never below 0.
      const third = await test.settle.handle(createPaymentRequest(test.token, { option: 'full', provider: 'sandbox' }));
      expect(((await third.json()) as { error: { code: string } }).error.code).toBe('claim_settled');
    });
  }

  for (const order of ['in order', 'in reverse order', 'concurrently'] as const) {
    it(`counts one of two Stripe payments of the whole balance whose webhooks arrive ${order}, and refunds the other at Stripe`, async () => {
      const test = await doubleSettle();
      const full = (await checkout(test, test.token, { option: 'full', provider: 'stripe' })).payment;
      const partial = (await checkout(test, test.token, { option: 'partial', provider: 'stripe', partialAmount: TOTAL })).payment;
      const intents = [stripe.succeed(intentOf(full)), stripe.succeed(intentOf(partial))];
      if (order === 'in reverse order') intents.reverse();
      if (order === 'concurrently') await Promise.all(intents.map((intent) => test.settle.handle(stripeWebhook(test, intent))));
      else for (const intent of intents) expect((await test.settle.handle(stripeWebhook(test, intent))).status).toBe(200);
      await test.settle.drain();
      expect(test.succeeded).toHaveLength(1);
      expect(test.overpaid).toHaveLength(1);
      expect(test.succeeded[0]!.data.balanceVersion).toBe(1);
      const refundedIntent = intentOf(test.overpaid[0]!.data.paymentId === full.id ? full : partial);
      expect([...stripe.refunds.values()].map((refund) => [refund.payment_intent, refund.amount])).toEqual([[refundedIntent, TOTAL]]);
      const refundRequest = stripe.requests.find((request) => request.path === '/v1/refunds');
      expect(refundRequest?.idempotencyKey).toMatch(/^settle-refund-pay_/);
    });
  }
});

describe('amounts capped at what is still open', () => {
  it('after a partial payment, charges only the rest in full, and refuses a partial above it without speaking of instalments', async () => {
    const test = await doubleSettle();
    const partial = (await checkout(test, test.token, { option: 'partial', provider: 'sandbox', partialAmount: 5000 })).payment;
    await paySandbox(test, partial);
    await test.settle.handle(confirmRequest(test.token, partial.id));
    expect(test.succeeded).toHaveLength(1);
    const tooMuch = await test.settle.handle(createPaymentRequest(test.token, { option: 'partial', provider: 'sandbox', partialAmount: TOTAL - 5000 + 1 }));
    expect(tooMuch.status).toBe(422);
    const { error } = (await tooMuch.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('payment_invalid');
    expect(error.message).toContain('78.37 EUR still open');
    expect(error.message).not.toMatch(/instal/i);
    const rest = await checkout(test, test.token, { option: 'full', provider: 'sandbox' });
    expect(rest.payment.amount).toEqual(EUR(TOTAL - 5000));
  });

  it('starts afresh when the creditor books the payments into a new balance version', async () => {
    const test = await doubleSettle();
    const partial = (await checkout(test, test.token, { option: 'partial', provider: 'sandbox', partialAmount: 5000 })).payment;
    await paySandbox(test, partial);
    await test.settle.handle(confirmRequest(test.token, partial.id));
    const booked = germanClaim();
    test.claims.set(booked.id, { ...booked, balanceVersion: 2, lines: [...booked.lines, { kind: 'payment', label: 'Zahlung', amount: EUR(5000), date: '2026-12-03' }], total: EUR(TOTAL - 5000) });
    // The new balance already holds the payment: the rest is its whole total, not less again.
    const rest = await checkout(test, test.token, { option: 'full', provider: 'sandbox' });
    expect(rest.payment.amount).toEqual(EUR(TOTAL - 5000));
  });
});
