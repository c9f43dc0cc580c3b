import { setupServer } from 'msw/node';
import Stripe from 'stripe';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { germanClaim } from '../../../../tests/fixtures/claims.js';
import { MemoryStore, stripeProvider } from '../../src/index.js';
import { StripeProvider } from '../../src/payments/stripe.js';
import { get, sessionFor } from '../support.js';
import { FakeStripeApi } from './fake-stripe-api.js';
import {
  STRIPE_OLD_WEBHOOK_SECRET,
  STRIPE_SECRET_KEY,
  STRIPE_WEBHOOK_SECRET,
  confirmRequest,
  createPaymentRequest,
  paymentOf,
  paymentSettle,
  startPayment,
  webhookRequest,
  type PaymentSettle,
} from './support.js';

let fake = new FakeStripeApi(STRIPE_SECRET_KEY);
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function stripeSettle() {
  fake = new FakeStripeApi(STRIPE_SECRET_KEY);
  server.use(...fake.handlers());
  return paymentSettle({
    stripe: stripeProvider({ secretKey: STRIPE_SECRET_KEY, publishableKey: 'pk_test_fake', webhookSecrets: [STRIPE_WEBHOOK_SECRET, STRIPE_OLD_WEBHOOK_SECRET] }),
  });
}

/** A Stripe event as Stripe sends it, signed with `generateTestHeaderString`. */
function stripeEvent(test: PaymentSettle, type: string, intent: Stripe.PaymentIntent, options: { secret?: string; offsetSeconds?: number } = {}) {
  const body = JSON.stringify({ id: `evt_${crypto.randomUUID()}`, object: 'event', type, data: { object: intent } }, null, 2);
  const signature = Stripe.webhooks.generateTestHeaderString({
    payload: body,
    secret: options.secret ?? STRIPE_WEBHOOK_SECRET,
    timestamp: Math.floor(test.clock.now / 1000) + (options.offsetSeconds ?? 0),
  });
  return { body, headers: { 'stripe-signature': signature } };
}

async function startStripePayment(test: PaymentSettle) {
  const started = await startPayment(test, { option: 'full', provider: 'stripe', amount: { amount: 100, currency: 'EUR' } });
  const intentId = (started.payment.client as { clientSecret: string }).clientSecret.split('_secret_')[0] as string;
  return { ...started, intentId };
}

describe('Stripe payments', () => {
  it('asks Stripe a bounded number of times for 200 confirmations of one payment, answering from the record in between', async () => {
    const test = await stripeSettle();
    const { token, payment, intentId } = await startStripePayment(test);
    const lookups = () => fake.requests.filter((request) => request.method === 'GET' && request.path === `/v1/payment_intents/${intentId}`).length;
    const first = await Promise.all(Array.from({ length: 100 }, () => test.settle.handle(confirmRequest(token, payment.id))));
    expect(first.every((response) => response.status === 200)).toBe(true);
    fake.succeed(intentId);
    const second = await Promise.all(Array.from({ length: 100 }, () => test.settle.handle(confirmRequest(token, payment.id))));
    expect(second.every((response) => response.status === 200)).toBe(true);
    expect(lookups()).toBeLessThanOrEqual(10);
    // The success still arrives by webhook and is what the record, and so every later answer, says.
    const event = stripeEvent(test, 'payment_intent.succeeded', fake.intents.get(intentId)!);
    await test.settle.handle(webhookRequest('stripe', event.body, event.headers));
    expect((await paymentOf(await test.settle.handle(confirmRequest(token, payment.id)))).status).toBe('succeeded');
    expect(lookups()).toBeLessThanOrEqual(10);
    expect(test.succeeded).toHaveLength(1);
  });

  it('creates a PaymentIntent for the server-computed amount with an idempotency key and Settle metadata', async () => {
    const test = await stripeSettle();
    const { payment, intentId } = await startStripePayment(test);
    const intent = fake.intents.get(intentId);
    expect(intent).toMatchObject({ amount: germanClaim().total.amount, currency: 'eur', metadata: { settle_payment_id: payment.id, settle_claim_id: germanClaim().id } });
    const create = fake.requests.find((request) => request.path === '/v1/payment_intents');
    expect(create?.idempotencyKey).toMatch(/^settle-clm_de_1001-key_/);
    expect(payment.client).toEqual({ provider: 'stripe', clientSecret: `${intentId}_secret_fake`, publishableKey: 'pk_test_fake' });
  });

  it('marks the payment succeeded on confirmation only once Stripe reports it succeeded', async () => {
    const test = await stripeSettle();
    const { token, payment, intentId } = await startStripePayment(test);
    expect((await paymentOf(await test.settle.handle(confirmRequest(token, payment.id)))).status).toBe('requires_payment');
    fake.succeed(intentId);
    expect((await paymentOf(await test.settle.handle(confirmRequest(token, payment.id)))).status).toBe('succeeded');
    expect(test.succeeded).toHaveLength(1);
    expect(test.succeeded[0]?.id).toBe(`payment.succeeded:stripe:${intentId}`);
  });

  it('reports a declined card with its reason on confirmation', async () => {
    const test = await stripeSettle();
    const { token, payment, intentId } = await startStripePayment(test);
    fake.decline(intentId, 'insufficient_funds');
    expect(await paymentOf(await test.settle.handle(confirmRequest(token, payment.id)))).toMatchObject({ status: 'failed', failureReason: 'insufficient_funds' });
    expect(test.failed).toHaveLength(1);
    expect(test.succeeded).toHaveLength(0);
  });

  it('calls onPaymentSucceeded once for the same signed webhook delivered 20 times concurrently', async () => {
    const test = await stripeSettle();
    const { intentId } = await startStripePayment(test);
    const event = stripeEvent(test, 'payment_intent.succeeded', fake.succeed(intentId));
    const responses = await Promise.all(Array.from({ length: 20 }, () => test.settle.handle(webhookRequest('stripe', event.body, event.headers))));
    expect(responses.map((response) => response.status)).toEqual(Array(20).fill(200));
    expect(test.succeeded).toHaveLength(1);
  });

  it('calls onPaymentSucceeded once when the webhook and the browser confirmation race', async () => {
    const test = await stripeSettle();
    const { token, payment, intentId } = await startStripePayment(test);
    const event = stripeEvent(test, 'payment_intent.succeeded', fake.succeed(intentId));
    const [webhook, confirm] = await Promise.all([test.settle.handle(webhookRequest('stripe', event.body, event.headers)), test.settle.handle(confirmRequest(token, payment.id))]);
    expect(webhook.status).toBe(200);
    expect((await paymentOf(confirm)).status).toBe('succeeded');
    expect(test.succeeded).toHaveLength(1);
  });

  it('accepts an event signed with the previous secret while secrets rotate', async () => {
    const test = await stripeSettle();
    const { intentId } = await startStripePayment(test);
    const event = stripeEvent(test, 'payment_intent.succeeded', fake.succeed(intentId), { secret: STRIPE_OLD_WEBHOOK_SECRET });
    expect((await test.settle.handle(webhookRequest('stripe', event.body, event.headers))).status).toBe(200);
    expect(test.succeeded).toHaveLength(1);
  });

  it('accepts a header carrying several v1 signatures when one of them matches', async () => {
    const test = await stripeSettle();
    const { intentId } = await startStripePayment(test);
    const event = stripeEvent(test, 'payment_intent.succeeded', fake.succeed(intentId));
    const header = event.headers['stripe-signature'].replace(',v1=', `,v1=${'0'.repeat(64)},v1=`);
    expect((await test.settle.handle(webhookRequest('stripe', event.body, { 'stripe-signature': header }))).status).toBe(200);
    expect(test.succeeded).toHaveLength(1);
  });

  it('accepts an event 299 s old', async () => {
    const test = await stripeSettle();
    const { intentId } = await startStripePayment(test);
    const event = stripeEvent(test, 'payment_intent.succeeded', fake.succeed(intentId), { offsetSeconds: -299 });
    expect((await test.settle.handle(webhookRequest('stripe', event.body, event.headers))).status).toBe(200);
  });

  it.each([
    ['signed with an unknown secret', { secret: 'whsec_attacker' }, (body: string) => body],
    ['301 s old', { offsetSeconds: -301 }, (body: string) => body],
    ['301 s in the future', { offsetSeconds: 301 }, (body: string) => body],
    ['re-serialised after signing', {}, (body: string) => JSON.stringify(JSON.parse(body))],
  ])('rejects a webhook %s with 400 and no effect', async (_name, options, change) => {
    const test = await stripeSettle();
    const { token, payment, intentId } = await startStripePayment(test);
    const event = stripeEvent(test, 'payment_intent.succeeded', { ...fake.intents.get(intentId)!, status: 'succeeded', amount_received: germanClaim().total.amount }, options);
    const response = await test.settle.handle(webhookRequest('stripe', change(event.body), event.headers));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('webhook_invalid');
    expect(test.succeeded).toHaveLength(0);
    expect((await paymentOf(await test.settle.handle(get(`/payments/${payment.id}`, token)))).status).toBe('requires_payment');
  });

  it('rejects a webhook without a signature header', async () => {
    const test = await stripeSettle();
    const response = await test.settle.handle(webhookRequest('stripe', '{"id":"evt_1","type":"payment_intent.succeeded"}', {}));
    expect(response.status).toBe(400);
  });

  it.each([
    ['amount', (intent: Stripe.PaymentIntent) => ({ ...intent, amount_received: intent.amount - 1 })],
    ['currency', (intent: Stripe.PaymentIntent) => ({ ...intent, currency: 'usd' })],
    ['claim', (intent: Stripe.PaymentIntent) => ({ ...intent, metadata: { ...intent.metadata, settle_claim_id: 'clm_us_2002' } })],
  ])('does not mark paid a verified webhook whose %s does not match the record, and logs it', async (_what, change) => {
    const test = await stripeSettle();
    const { token, payment, intentId } = await startStripePayment(test);
    const event = stripeEvent(test, 'payment_intent.succeeded', change(fake.succeed(intentId)));
    expect((await test.settle.handle(webhookRequest('stripe', event.body, event.headers))).status).toBe(200);
    expect(test.succeeded).toHaveLength(0);
    expect((await paymentOf(await test.settle.handle(get(`/payments/${payment.id}`, token)))).status).toBe('requires_payment');
    expect(test.logged.some((line) => line.includes('does not match'))).toBe(true);
  });

  it('acknowledges and ignores events for payments Settle did not create', async () => {
    const test = await stripeSettle();
    const { intentId } = await startStripePayment(test);
    const foreign = { ...fake.succeed(intentId), id: 'pi_from_another_shop' };
    const event = stripeEvent(test, 'payment_intent.succeeded', foreign);
    expect((await test.settle.handle(webhookRequest('stripe', event.body, event.headers))).status).toBe(200);
    expect(test.succeeded).toHaveLength(0);
  });

  it('reports a payment_failed webhook to onPaymentFailed with the decline reason', async () => {
    const test = await stripeSettle();
    const { intentId } = await startStripePayment(test);
    const event = stripeEvent(test, 'payment_intent.payment_failed', fake.decline(intentId, 'expired_card'));
    await Promise.all([1, 2, 3].map(() => test.settle.handle(webhookRequest('stripe', event.body, event.headers))));
    expect(test.failed).toHaveLength(1);
    expect(test.failed[0]?.data).toMatchObject({ failureReason: 'expired_card' });
  });

  it('answers 502 provider_failed when Stripe rejects the API key, and a retry with the same key can succeed', async () => {
    fake = new FakeStripeApi('sk_test_other_key');
    server.use(...fake.handlers());
    const test = await paymentSettle({ stripe: stripeProvider({ secretKey: STRIPE_SECRET_KEY, publishableKey: 'pk_test_fake', webhookSecrets: [STRIPE_WEBHOOK_SECRET] }) });
    const token = await sessionFor(test.settle, germanClaim().id);
    const first = await test.settle.handle(createPaymentRequest(token, { option: 'full', provider: 'stripe' }, 'retry-after-failure-1'));
    expect(first.status).toBe(502);
    expect(await first.text()).not.toContain('sk_test');
    expect(test.logged).toContain('stripe could not create a payment');
    server.use(...new FakeStripeApi(STRIPE_SECRET_KEY).handlers());
    const retry = await test.settle.handle(createPaymentRequest(token, { option: 'full', provider: 'stripe' }, 'retry-after-failure-1'));
    expect(retry.status).toBe(201);
  });
});

describe('Stripe autopay', () => {
  it('creates a SetupIntent on one remembered Customer per claim', async () => {
    fake = new FakeStripeApi(STRIPE_SECRET_KEY);
    server.use(...fake.handlers());
    const provider = new StripeProvider({ secretKey: STRIPE_SECRET_KEY, publishableKey: 'pk_test_fake', webhookSecrets: [STRIPE_WEBHOOK_SECRET] }, { store: new MemoryStore(), now: Date.now });
    const first = await provider.setupAutopay({ claimId: 'clm_de_1001', idempotencyKey: 'setup-1' });
    const second = await provider.setupAutopay({ claimId: 'clm_de_1001', idempotencyKey: 'setup-2' });
    expect(first.clientSecret).toBe(`${first.reference}_secret_fake`);
    expect(fake.customers).toHaveLength(1);
    expect(fake.setupIntents.get(second.reference)).toMatchObject({ customer: fake.customers[0], usage: 'off_session' });
  });

  it('saves the method for later instalments on an autopay payment', async () => {
    fake = new FakeStripeApi(STRIPE_SECRET_KEY);
    server.use(...fake.handlers());
    const provider = new StripeProvider({ secretKey: STRIPE_SECRET_KEY, publishableKey: 'pk_test_fake', webhookSecrets: [STRIPE_WEBHOOK_SECRET] }, { store: new MemoryStore(), now: Date.now });
    const created = await provider.createPayment({
      paymentId: 'pay_1',
      claimId: 'clm_de_1001',
      amount: { amount: 5000, currency: 'EUR' },
      option: 'instalment',
      purpose: 'Instalment 1',
      idempotencyKey: 'inst-1',
      autopay: true,
    });
    expect(fake.intents.get(created.reference)).toMatchObject({ customer: fake.customers[0], setup_future_usage: 'off_session' });
  });

  it('charges a saved method off-session for autopay, and reports the method an autopay payment saved', async () => {
    fake = new FakeStripeApi(STRIPE_SECRET_KEY);
    server.use(...fake.handlers());
    const provider = new StripeProvider({ secretKey: STRIPE_SECRET_KEY, publishableKey: 'pk_test_fake', webhookSecrets: [STRIPE_WEBHOOK_SECRET] }, { store: new MemoryStore(), now: Date.now });
    const request = {
      paymentId: 'pay_2',
      claimId: 'clm_de_1001',
      amount: { amount: 4279, currency: 'EUR' },
      option: 'instalment' as const,
      purpose: 'Instalment 2',
      idempotencyKey: 'autopay-2',
      autopay: true,
    };
    const first = await provider.createPayment({ ...request, paymentId: 'pay_1', idempotencyKey: 'inst-1' });
    fake.succeed(first.reference);
    const saved = (await provider.fetchPayment(first.reference)).savedMethod;
    expect(saved).toEqual({ customer: fake.customers[0], paymentMethod: `pm_${first.reference}` });
    const charged = await provider.chargeSaved(request, saved!);
    expect(charged).toMatchObject({ status: 'succeeded', amount: { amount: 4279, currency: 'EUR' }, claimId: 'clm_de_1001', paymentId: 'pay_2' });
    const form = fake.requests.at(-1)!.form;
    expect([form.get('off_session'), form.get('confirm'), form.get('payment_method'), form.get('customer')]).toEqual(['true', 'true', saved!.paymentMethod, saved!.customer]);
  });

  it('reports a declined off-session charge as failed with its reason', async () => {
    fake = new FakeStripeApi(STRIPE_SECRET_KEY);
    server.use(...fake.handlers());
    const provider = new StripeProvider({ secretKey: STRIPE_SECRET_KEY, publishableKey: 'pk_test_fake', webhookSecrets: [STRIPE_WEBHOOK_SECRET] }, { store: new MemoryStore(), now: Date.now });
    const charged = await provider.chargeSaved(
      { paymentId: 'pay_3', claimId: 'clm_de_1001', amount: { amount: 4279, currency: 'EUR' }, option: 'instalment', purpose: 'Instalment 3', idempotencyKey: 'autopay-3', autopay: true },
      { customer: 'cus_1', paymentMethod: 'pm_card_chargeDeclined' },
    );
    expect(charged).toMatchObject({ status: 'failed', failureReason: 'insufficient_funds' });
  });
});
