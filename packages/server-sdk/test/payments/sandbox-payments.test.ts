import { describe, expect, it } from 'vitest';
import { germanClaim, usClaim } from '../../../../tests/fixtures/claims.js';
import { MemoryStore, stripeProvider } from '../../src/index.js';
import { SandboxProvider } from '../../src/payments/sandbox.js';
import { BASE, get, post, sessionFor } from '../support.js';
import { confirmRequest, createPaymentRequest, paymentOf, paymentSettle, startPayment, webhookRequest, type PaymentSettle } from './support.js';

const WEBHOOK_SECRET = 'sbx_whsec_shared_between_instances';

async function sandboxSettle() {
  const store = new MemoryStore();
  const test = await paymentSettle({ sandbox: { webhookSecret: WEBHOOK_SECRET }, bankTransfer: { accountHolder: 'Fair Inkasso GmbH', iban: 'DE02120300000000202051', bic: 'BYLADEM1001' } }, { store });
  // The same sandbox "bank", seen from outside, to build the webhooks it would send.
  const bank = new SandboxProvider({ webhookSecret: WEBHOOK_SECRET }, { store, now: () => test.clock.now });
  return { ...test, bank };
}

async function authorize(test: PaymentSettle, client: unknown, scenario: string, challenge?: string) {
  const { reference, clientSecret } = client as { reference: string; clientSecret: string };
  const response = await test.settle.handle(post(`/sandbox/payments/${reference}/authorize`, { clientSecret, scenario, ...(challenge ? { challenge } : {}) }));
  return { status: response.status, body: (await response.json()) as { status: string; failureReason?: string } };
}

describe('payments with the sandbox provider', () => {
  it('charges the claim total computed on the server and ignores an amount sent by the browser', async () => {
    const test = await sandboxSettle();
    const { payment } = await startPayment(test, { option: 'full', provider: 'sandbox', amount: { amount: 1, currency: 'EUR' }, partialAmount: undefined });
    expect(payment.amount).toEqual(germanClaim().total);
    expect(payment.status).toBe('requires_payment');
    expect(payment.client?.provider).toBe('sandbox');
  });

  it('refuses a request without an Idempotency-Key', async () => {
    const test = await sandboxSettle();
    const token = await sessionFor(test.settle, germanClaim().id);
    const response = await test.settle.handle(post('/payments', { option: 'full', provider: 'sandbox' }, { authorization: `Bearer ${token}` }));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('bad_request');
  });

  it('answers a double click with the same Idempotency-Key with one payment', async () => {
    const test = await sandboxSettle();
    const token = await sessionFor(test.settle, germanClaim().id);
    const responses = await Promise.all(Array.from({ length: 5 }, () => test.settle.handle(createPaymentRequest(token, { option: 'full', provider: 'sandbox' }, 'double-click-key-1'))));
    const payments = await Promise.all(responses.map(paymentOf));
    expect(new Set(payments.map((payment) => payment.id)).size).toBe(1);
    expect(responses.map((response) => response.status).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(new Set(payments.map((payment) => (payment.client as { reference: string }).reference)).size).toBe(1);
  });

  it('refuses an Idempotency-Key reused for a different payment', async () => {
    const test = await paymentSettle({ sandbox: true, stripe: stripeProvider({ secretKey: 'sk_test_x', publishableKey: 'pk_test_x', webhookSecrets: ['whsec_x'] }) });
    const token = await sessionFor(test.settle, germanClaim().id);
    expect((await test.settle.handle(createPaymentRequest(token, { option: 'full', provider: 'sandbox' }, 'reused-key-0001'))).status).toBe(201);
    const second = await test.settle.handle(createPaymentRequest(token, { option: 'full', provider: 'stripe' }, 'reused-key-0001'));
    expect(second.status).toBe(409);
    expect(((await second.json()) as { error: { code: string } }).error.code).toBe('conflict');
  });

  it('limits checkout attempts per claim (20 an hour), all for one open payment, while replays of a known key stay free', async () => {
    const test = await sandboxSettle();
    const token = await sessionFor(test.settle, germanClaim().id);
    const ids = new Set<string>();
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const response = await test.settle.handle(createPaymentRequest(token, { option: 'full', provider: 'sandbox' }, `attempt-key-${attempt}`));
      expect(response.status).toBe(attempt === 0 ? 201 : 200);
      ids.add((await paymentOf(response)).id);
    }
    expect(ids.size).toBe(1);
    expect((await test.settle.handle(createPaymentRequest(token, { option: 'full', provider: 'sandbox' }, 'attempt-key-0'))).status).toBe(200);
    const over = await test.settle.handle(createPaymentRequest(token, { option: 'full', provider: 'sandbox' }, 'attempt-key-20'));
    expect(over.status).toBe(429);
    expect(((await over.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
  });

  it('answers 422 provider_not_enabled for a provider the creditor did not configure', async () => {
    const test = await sandboxSettle();
    const token = await sessionFor(test.settle, germanClaim().id);
    const response = await test.settle.handle(createPaymentRequest(token, { option: 'full', provider: 'paypal' }));
    expect(response.status).toBe(422);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('provider_not_enabled');
  });

  it('does not mark a payment paid when the browser confirms before the provider has the money', async () => {
    const test = await sandboxSettle();
    const { token, payment } = await startPayment(test, { option: 'full', provider: 'sandbox' });
    const confirmed = await paymentOf(await test.settle.handle(confirmRequest(token, payment.id)));
    expect(confirmed.status).toBe('requires_payment');
    expect(test.succeeded).toHaveLength(0);
  });

  it('marks a payment succeeded after the provider authorized it and calls onPaymentSucceeded once', async () => {
    const test = await sandboxSettle();
    const { token, payment } = await startPayment(test, { option: 'full', provider: 'sandbox' });
    expect((await authorize(test, payment.client, 'success')).body.status).toBe('succeeded');
    const confirmed = await paymentOf(await test.settle.handle(confirmRequest(token, payment.id)));
    expect(confirmed.status).toBe('succeeded');
    expect(confirmed.client).toBeUndefined();
    await test.settle.handle(confirmRequest(token, payment.id));
    expect(test.succeeded).toHaveLength(1);
    expect(test.succeeded[0]).toMatchObject({ type: 'payment.succeeded', claimId: germanClaim().id, data: { paymentId: payment.id, amount: germanClaim().total, provider: 'sandbox' } });
    const read = await paymentOf(await test.settle.handle(get(`/payments/${payment.id}`, token)));
    expect(read.status).toBe('succeeded');
  });

  it('reports a decline with its reason, and the debtor can retry the same payment', async () => {
    const test = await sandboxSettle();
    const { token, payment } = await startPayment(test, { option: 'full', provider: 'sandbox' });
    expect((await authorize(test, payment.client, 'decline_insufficient_funds')).body).toEqual({ status: 'failed', failureReason: 'insufficient_funds' });
    const failed = await paymentOf(await test.settle.handle(confirmRequest(token, payment.id)));
    expect(failed).toMatchObject({ status: 'failed', failureReason: 'insufficient_funds' });
    expect(failed.client).toBeDefined();
    expect(test.failed).toHaveLength(1);
    await authorize(test, payment.client, 'success');
    expect((await paymentOf(await test.settle.handle(confirmRequest(token, payment.id)))).status).toBe('succeeded');
    expect(test.succeeded).toHaveLength(1);
  });

  it('needs the challenge step to pass before a challenged payment succeeds', async () => {
    const test = await sandboxSettle();
    const { token, payment } = await startPayment(test, { option: 'full', provider: 'sandbox' });
    expect((await authorize(test, payment.client, 'challenge')).body.status).toBe('requires_action');
    expect((await paymentOf(await test.settle.handle(confirmRequest(token, payment.id)))).status).toBe('requires_action');
    expect((await authorize(test, payment.client, 'challenge', 'fail')).body).toEqual({ status: 'failed', failureReason: 'authentication_failed' });
    expect((await authorize(test, payment.client, 'challenge', 'pass')).body.status).toBe('succeeded');
    expect((await paymentOf(await test.settle.handle(confirmRequest(token, payment.id)))).status).toBe('succeeded');
  });

  it('refuses a sandbox authorization with the wrong client secret', async () => {
    const test = await sandboxSettle();
    const { payment } = await startPayment(test, { option: 'full', provider: 'sandbox' });
    const { reference } = payment.client as { reference: string };
    const result = await authorize(test, { reference, clientSecret: 'sbx_guess_secret' }, 'success');
    expect(result.status).toBe(404);
  });

  it('calls onPaymentSucceeded once when the same webhook arrives 20 times concurrently', async () => {
    const test = await sandboxSettle();
    const { payment } = await startPayment(test, { option: 'full', provider: 'sandbox' });
    await authorize(test, payment.client, 'success');
    const { body, headers } = await test.bank.webhookFor((payment.client as { reference: string }).reference);
    const responses = await Promise.all(Array.from({ length: 20 }, () => test.settle.handle(webhookRequest('sandbox', body, headers))));
    expect(responses.every((response) => response.status === 200)).toBe(true);
    expect(test.succeeded).toHaveLength(1);
  });

  it('calls onPaymentSucceeded once when webhooks and browser confirmations race', async () => {
    const test = await sandboxSettle();
    const { token, payment } = await startPayment(test, { option: 'full', provider: 'sandbox' });
    await authorize(test, payment.client, 'success');
    const { body, headers } = await test.bank.webhookFor((payment.client as { reference: string }).reference);
    await Promise.all([
      ...Array.from({ length: 5 }, () => test.settle.handle(webhookRequest('sandbox', body, headers))),
      ...Array.from({ length: 5 }, () => test.settle.handle(confirmRequest(token, payment.id))),
    ]);
    expect(test.succeeded).toHaveLength(1);
  });

  it('calls the backend once when the webhook reaches one instance and the confirmation another (shared store)', async () => {
    const store = new MemoryStore();
    const providers = { sandbox: { webhookSecret: WEBHOOK_SECRET } };
    const a = await paymentSettle(providers, { store });
    const b = await paymentSettle(providers, { store });
    const { token, payment } = await startPayment(a, { option: 'full', provider: 'sandbox' });
    await authorize(a, payment.client, 'success');
    const bank = new SandboxProvider({ webhookSecret: WEBHOOK_SECRET }, { store, now: () => a.clock.now });
    const { body, headers } = await bank.webhookFor((payment.client as { reference: string }).reference);
    await Promise.all([
      ...Array.from({ length: 5 }, () => a.settle.handle(webhookRequest('sandbox', body, headers))),
      ...Array.from({ length: 5 }, () => b.settle.handle(confirmRequest(token, payment.id))),
    ]);
    expect(a.succeeded.length + b.succeeded.length).toBe(1);
  });

  it.each([
    ['a tampered body', (body: string) => body.replace('"succeeded"', '"succeeded" '), 0],
    ['a timestamp 301 s old', (body: string) => body, -301],
    ['a timestamp 301 s in the future', (body: string) => body, 301],
  ])('rejects a sandbox webhook with %s and records nothing', async (_name, change, offsetSeconds) => {
    const test = await sandboxSettle();
    const { token, payment } = await startPayment(test, { option: 'full', provider: 'sandbox' });
    await authorize(test, payment.client, 'success');
    const { body, headers } = await test.bank.webhookFor((payment.client as { reference: string }).reference, Math.floor(test.clock.now / 1000) + offsetSeconds);
    const response = await test.settle.handle(webhookRequest('sandbox', change(body), headers));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('webhook_invalid');
    expect(test.succeeded).toHaveLength(0);
    expect((await paymentOf(await test.settle.handle(get(`/payments/${payment.id}`, token)))).status).toBe('requires_payment');
  });

  it('answers 409 claim_settled for a claim that was already paid in full', async () => {
    const test = await sandboxSettle();
    const { token, payment } = await startPayment(test, { option: 'full', provider: 'sandbox' });
    await authorize(test, payment.client, 'success');
    await test.settle.handle(confirmRequest(token, payment.id));
    const again = await test.settle.handle(createPaymentRequest(token, { option: 'full', provider: 'sandbox' }));
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe('claim_settled');
  });

  it('answers 409 claim_settled when the creditor reports the claim settled', async () => {
    const test = await sandboxSettle();
    test.claims.set(usClaim().id, usClaim({ status: 'settled' }));
    const token = await sessionFor(test.settle, usClaim().id);
    const response = await test.settle.handle(createPaymentRequest(token, { option: 'full', provider: 'sandbox' }));
    expect(response.status).toBe(409);
  });

  it("hides another claim's payment from a session (404 on read and confirm)", async () => {
    const test = await sandboxSettle();
    const { payment } = await startPayment(test, { option: 'full', provider: 'sandbox' });
    const otherToken = await sessionFor(test.settle, usClaim().id);
    expect((await test.settle.handle(get(`/payments/${payment.id}`, otherToken))).status).toBe(404);
    expect((await test.settle.handle(confirmRequest(otherToken, payment.id))).status).toBe(404);
  });

  it('publishes enabled providers and bank-transfer details with the claim reference, and no secrets', async () => {
    const test = await paymentSettle({
      stripe: stripeProvider({ secretKey: 'sk_test_secret_never_public', publishableKey: 'pk_test_public', webhookSecrets: ['whsec_never_public'] }),
      sandbox: true,
      bankTransfer: { accountHolder: 'Fair Inkasso GmbH', iban: 'DE02120300000000202051' },
    });
    const token = await sessionFor(test.settle, germanClaim().id);
    const response = await test.settle.handle(new Request(`${BASE}/payments/config`, { headers: { authorization: `Bearer ${token}` } }));
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(JSON.parse(text)).toEqual({
      providers: [
        { provider: 'stripe', publishableKey: 'pk_test_public', wallets: ['apple_pay', 'google_pay'], autopay: true },
        { provider: 'sandbox', autopay: true },
      ],
      bankTransfer: { accountHolder: 'Fair Inkasso GmbH', iban: 'DE02120300000000202051', reference: germanClaim().accountReference },
    });
    expect(text).not.toContain('sk_test');
    expect(text).not.toContain('whsec');
  });
});
