import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { germanClaim, usClaim } from '../../../../tests/fixtures/claims.js';
import { paypalProvider } from '../../src/index.js';
import { FakePayPalApi } from './fake-paypal-api.js';
import { confirmRequest, paymentOf, paymentSettle, startPayment, webhookRequest, type PaymentSettle } from './support.js';

const CLIENT_ID = 'AbC-fake-paypal-client-id';
const CLIENT_SECRET = 'EFg-fake-paypal-client-secret';
const WEBHOOK_ID = '8PT597110X687430LKGECATA';

let fake = new FakePayPalApi(CLIENT_ID, CLIENT_SECRET);
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function paypalSettle() {
  fake = new FakePayPalApi(CLIENT_ID, CLIENT_SECRET);
  server.use(...fake.handlers());
  return paymentSettle({ paypal: paypalProvider({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, webhookId: WEBHOOK_ID, environment: 'sandbox' }) });
}

async function startPayPalPayment(test: PaymentSettle, claimId = germanClaim().id) {
  const started = await startPayment(test, { option: 'full', provider: 'paypal', amount: { amount: 1, currency: 'EUR' } }, claimId);
  return { ...started, orderId: (started.payment.client as { orderId: string }).orderId };
}

function captureCompleted(orderId: string, overrides: { value?: string; currency?: string; customId?: string } = {}) {
  const order = fake.orders.get(orderId)!;
  const unit = order.purchase_units[0]!;
  return JSON.stringify({
    id: `WH-${crypto.randomUUID()}`,
    event_type: 'PAYMENT.CAPTURE.COMPLETED',
    resource_type: 'capture',
    resource: {
      id: 'CAP-42',
      status: 'COMPLETED',
      amount: { currency_code: overrides.currency ?? unit.amount.currency_code, value: overrides.value ?? unit.amount.value },
      custom_id: overrides.customId ?? unit.custom_id,
      supplementary_data: { related_ids: { order_id: orderId } },
    },
  });
}

describe('PayPal payments', () => {
  it('creates an order for the server-computed amount with a PayPal-Request-Id, fetching one OAuth token', async () => {
    const test = await paypalSettle();
    const { payment, orderId } = await startPayPalPayment(test);
    expect(fake.orders.get(orderId)?.purchase_units[0]).toMatchObject({
      reference_id: germanClaim().id,
      custom_id: `${germanClaim().id}:${payment.id}`,
      amount: { currency_code: 'EUR', value: '128.37' },
    });
    expect(fake.requestIds[0]).toMatch(/^settle-clm_de_1001-key_/);
    await startPayPalPayment(test, usClaim().id);
    expect(fake.tokenRequests).toHaveLength(1);
    expect(payment.client).toEqual({ provider: 'paypal', orderId, clientId: CLIENT_ID });
  });

  it('captures an approved order on confirmation and calls onPaymentSucceeded once', async () => {
    const test = await paypalSettle();
    const { token, payment, orderId } = await startPayPalPayment(test);
    expect((await paymentOf(await test.settle.handle(confirmRequest(token, payment.id)))).status).toBe('requires_payment');
    fake.approve(orderId);
    const results = await Promise.all([1, 2, 3].map(() => test.settle.handle(confirmRequest(token, payment.id))));
    expect((await Promise.all(results.map(paymentOf))).every((result) => result.status === 'succeeded')).toBe(true);
    expect(test.succeeded).toHaveLength(1);
    expect(fake.orders.get(orderId)?.status).toBe('COMPLETED');
  });

  it('reports a declined funding source at capture as a decline', async () => {
    const test = await paypalSettle();
    const { token, payment, orderId } = await startPayPalPayment(test);
    fake.approve(orderId);
    fake.declineNextCapture = true;
    expect(await paymentOf(await test.settle.handle(confirmRequest(token, payment.id)))).toMatchObject({ status: 'failed', failureReason: 'card_declined' });
    expect(test.succeeded).toHaveLength(0);
  });

  it('marks paid from a PAYMENT.CAPTURE.COMPLETED webhook verified by PayPal, once for 20 deliveries', async () => {
    const test = await paypalSettle();
    const { orderId } = await startPayPalPayment(test);
    const body = captureCompleted(orderId);
    const headers = fake.webhookHeaders(body, WEBHOOK_ID);
    const responses = await Promise.all(Array.from({ length: 20 }, () => test.settle.handle(webhookRequest('paypal', body, headers))));
    expect(responses.map((response) => response.status)).toEqual(Array(20).fill(200));
    expect(test.succeeded).toHaveLength(1);
  });

  it('refuses a genuinely signed capture event for an order Settle did not create, without asking PayPal to verify it', async () => {
    const test = await paypalSettle();
    const { orderId } = await startPayPalPayment(test);
    const body = captureCompleted(orderId).replaceAll(orderId, '9XX00000UNKNOWN0');
    const response = await test.settle.handle(webhookRequest('paypal', body, fake.webhookHeaders(body, WEBHOOK_ID)));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('webhook_invalid');
    expect(fake.verifyCalls).toHaveLength(0);
    expect(test.logged.some((line) => line.includes('names a payment Settle did not create'))).toBe(true);
  });

  it('captures one of two PayPal orders for the whole balance and refunds the other capture as an overpayment', async () => {
    fake = new FakePayPalApi(CLIENT_ID, CLIENT_SECRET);
    server.use(...fake.handlers());
    const test = await paymentSettle(
      { paypal: paypalProvider({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, webhookId: WEBHOOK_ID, environment: 'sandbox' }) },
      { policy: { enabledOptions: ['pay_in_full', 'partial_payment'], partialPayment: { minimum: 1000 } } },
    );
    const full = await startPayment(test, { option: 'full', provider: 'paypal' });
    const partial = await startPayment(test, { option: 'partial', provider: 'paypal', partialAmount: germanClaim().total.amount });
    for (const { payment } of [full, partial]) fake.approve((payment.client as { orderId: string }).orderId);
    const answers = await Promise.all([full, partial].map(({ token, payment }) => test.settle.handle(confirmRequest(token, payment.id)).then(paymentOf)));
    expect(answers.map((payment) => payment.status).sort()).toEqual(['refunded', 'succeeded']);
    expect(test.succeeded).toHaveLength(1);
    expect(fake.refunds).toHaveLength(1);
    expect(fake.refunds[0]).toMatchObject({ amount: { currency_code: 'EUR', value: '128.37' } });
    expect(fake.requestIds.some((id) => id.startsWith('settle-refund-pay_'))).toBe(true);
  });

  it('rejects a webhook PayPal does not verify, with no effect', async () => {
    const test = await paypalSettle();
    const { orderId } = await startPayPalPayment(test);
    const body = captureCompleted(orderId);
    const headers = fake.webhookHeaders(body, 'ANOTHER-WEBHOOK-ID');
    const response = await test.settle.handle(webhookRequest('paypal', body, headers));
    expect(response.status).toBe(400);
    expect(fake.verifyCalls).toHaveLength(1);
    expect(test.succeeded).toHaveLength(0);
  });

  it.each(['https://evil.example/certs/CERT-1', 'https://paypal.com.evil.example/certs/CERT-1', 'http://api.paypal.com/v1/notifications/certs/CERT-1', 'not a url'])(
    'rejects a webhook whose cert URL is %s without asking PayPal or fetching it',
    async (certUrl) => {
      const test = await paypalSettle();
      const { orderId } = await startPayPalPayment(test);
      const body = captureCompleted(orderId);
      const response = await test.settle.handle(webhookRequest('paypal', body, fake.webhookHeaders(body, WEBHOOK_ID, certUrl)));
      expect(response.status).toBe(400);
      expect(fake.verifyCalls).toHaveLength(0);
      expect(test.succeeded).toHaveLength(0);
    },
  );

  it.each([
    ['amount', { value: '1.00' }],
    ['currency', { currency: 'USD' }],
    ['claim', { customId: 'clm_us_2002:pay_0000' }],
  ])('does not mark paid a verified capture whose %s does not match', async (_what, overrides) => {
    const test = await paypalSettle();
    const { orderId } = await startPayPalPayment(test);
    const body = captureCompleted(orderId, overrides);
    expect((await test.settle.handle(webhookRequest('paypal', body, fake.webhookHeaders(body, WEBHOOK_ID)))).status).toBe(200);
    expect(test.succeeded).toHaveLength(0);
  });
});
