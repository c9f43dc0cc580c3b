import { createHmac } from 'node:crypto';
import type { Payment } from '@settle/protocol';
import { paypalProvider, stripeProvider, type SettleEvent } from '@settle/server-sdk';
import { setupServer } from 'msw/node';
import type Stripe from 'stripe';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakePayPalApi } from '../../packages/server-sdk/test/payments/fake-paypal-api.js';
import { FakeStripeApi } from '../../packages/server-sdk/test/payments/fake-stripe-api.js';
import { ATTACKER, BASE, VICTIM, bearer, expectTypedError, harness, post, sessionFor, type Harness } from './support.js';

/**
 * Forged, replayed and mangled provider webhooks. Stripe's scheme is
 * `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.rawBody">`; PayPal's is verified by PayPal's
 * own API, and its certificate URL is a pointer an attacker controls.
 */

const STRIPE_KEY = 'sk_test_security_suite';
const OLD_SECRET = 'whsec_security_old_secret';
const NEW_SECRET = 'whsec_security_new_secret';
const PAYPAL = { clientId: 'paypal-client-security', clientSecret: 'paypal-secret-security', webhookId: 'WH-SECURITY-1' };

const outbound: string[] = [];
const server = setupServer();
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  server.events.on('request:start', ({ request }) => outbound.push(request.url));
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

let stripe: FakeStripeApi;
let paypal: FakePayPalApi;
let h: Harness;
let succeeded: SettleEvent<'payment.succeeded'>[];

beforeEach(async () => {
  outbound.length = 0;
  stripe = new FakeStripeApi(STRIPE_KEY);
  paypal = new FakePayPalApi(PAYPAL.clientId, PAYPAL.clientSecret);
  server.use(...stripe.handlers(), ...paypal.handlers());
  succeeded = [];
  h = await harness(
    {
      providers: {
        stripe: stripeProvider({ secretKey: STRIPE_KEY, publishableKey: 'pk_test_security', webhookSecrets: [NEW_SECRET, OLD_SECRET] }),
        paypal: paypalProvider({ ...PAYPAL, environment: 'sandbox' }),
      },
      delivery: { backoffMs: 1 },
    },
    { onPaymentSucceeded: async (event) => void succeeded.push(event) },
  );
});

/** Stripe's signature, computed independently of the SDK. */
function stripeSignature(body: string, secret: string, timestamp: number | string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

function nowSeconds(): number {
  return Math.floor(h.clock.now / 1000);
}

function webhook(provider: string, body: string, headers: Record<string, string>): Request {
  return new Request(`${BASE}/webhooks/${provider}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
}

/** A real Stripe payment for the victim's claim, succeeded at the fake, and its webhook body. */
async function succeededStripeEvent(claimId = VICTIM.id): Promise<{ body: string; payment: Payment }> {
  const session = await sessionFor(h.settle, claimId);
  const created = await h.settle.handle(post('/payments', { option: 'full', provider: 'stripe' }, { ...bearer(session), 'idempotency-key': `sec-${crypto.randomUUID()}` }));
  expect(created.status).toBe(201);
  const { payment } = (await created.json()) as { payment: Payment };
  const intentId = (payment.client as { clientSecret: string }).clientSecret.split('_secret_')[0] as string;
  const intent: Stripe.PaymentIntent = stripe.succeed(intentId);
  const body = JSON.stringify({ id: `evt_${crypto.randomUUID()}`, object: 'event', type: 'payment_intent.succeeded', data: { object: intent } }, null, 2);
  return { body, payment };
}

async function expectWebhookRefused(response: Response, label = ''): Promise<void> {
  await expectTypedError(response, ['webhook_invalid'], label);
}

describe('Stripe webhook attacks', () => {
  it('accepts a genuine signed event and calls the backend once (control)', async () => {
    const { body } = await succeededStripeEvent();
    const t = nowSeconds();
    const response = await h.settle.handle(webhook('stripe', body, { 'stripe-signature': `t=${t},v1=${stripeSignature(body, NEW_SECRET, t)}` }));
    expect(response.status).toBe(200);
    await h.settle.drain();
    expect(succeeded).toHaveLength(1);
  });

  it('refuses a re-serialised body (same JSON, different bytes) under the original signature', async () => {
    const { body } = await succeededStripeEvent();
    const t = nowSeconds();
    const header = `t=${t},v1=${stripeSignature(body, NEW_SECRET, t)}`;
    for (const variant of [JSON.stringify(JSON.parse(body)), `${body}\n`, body.replace('"object": "event"', '"object":"event"'), ` ${body}`]) {
      await expectWebhookRefused(await h.settle.handle(webhook('stripe', variant, { 'stripe-signature': header })));
    }
    await h.settle.drain();
    expect(succeeded).toHaveLength(0);
  });

  it('refuses missing and empty signature headers', async () => {
    const { body } = await succeededStripeEvent();
    for (const headers of [{} as Record<string, string>, { 'stripe-signature': '' }, { 'stripe-signature': ' ' }, { 'stripe-signature': ',' }, { 'stripe-signature': 't=,v1=' }]) {
      await expectWebhookRefused(await h.settle.handle(webhook('stripe', body, headers)), JSON.stringify(headers));
    }
    await h.settle.drain();
    expect(succeeded).toHaveLength(0);
  });

  it('refuses a non-numeric timestamp', async () => {
    const { body } = await succeededStripeEvent();
    const t = nowSeconds();
    const signature = stripeSignature(body, NEW_SECRET, t);
    for (const stamp of ['abc', `${t}.0`, `${t}e0`, '0x10', `-${t}`, `${t}abc`, 'NaN', 'Infinity', `+${t}`, `${t}${t}`]) {
      // Signed over the exact timestamp string the header carries, so only the timestamp check can refuse it.
      const own = stripeSignature(body, NEW_SECRET, stamp);
      await expectWebhookRefused(await h.settle.handle(webhook('stripe', body, { 'stripe-signature': `t=${stamp},v1=${own},v1=${signature}` })), stamp);
    }
    await h.settle.drain();
    expect(succeeded).toHaveLength(0);
  });

  it('refuses timestamps 301 s in the past and 301 s in the future, and accepts 299 s either way', async () => {
    const { body } = await succeededStripeEvent();
    for (const offset of [-301, 301, -86_400, 86_400]) {
      const t = nowSeconds() + offset;
      await expectWebhookRefused(await h.settle.handle(webhook('stripe', body, { 'stripe-signature': `t=${t},v1=${stripeSignature(body, NEW_SECRET, t)}` })), `offset ${offset}`);
    }
    await h.settle.drain();
    expect(succeeded).toHaveLength(0);
    for (const offset of [-299, 299]) {
      const t = nowSeconds() + offset;
      const response = await h.settle.handle(webhook('stripe', body, { 'stripe-signature': `t=${t},v1=${stripeSignature(body, NEW_SECRET, t)}` }));
      expect(response.status, `offset ${offset}`).toBe(200);
    }
    // The same payment reported twice: one effect.
    await h.settle.drain();
    expect(succeeded).toHaveLength(1);
  });

  it('refuses truncated signatures and unknown schemes', async () => {
    const { body } = await succeededStripeEvent();
    const t = nowSeconds();
    const valid = stripeSignature(body, NEW_SECRET, t);
    const headers = [
      `t=${t},v1=${valid.slice(0, 63)}`,
      `t=${t},v1=${valid.slice(0, 32)}`,
      `t=${t},v1=`,
      `t=${t},v0=${valid}`,
      `t=${t},v2=${valid}`,
      `t=${t},V1=${valid}`,
      `t=${t},s1=${valid}`,
      `t=${t},v1=${valid.toUpperCase().replace(/./, 'G')}`,
      `t=${t},v1=${Buffer.from(valid, 'hex').toString('base64')}`,
      `v1=${valid}`,
      `t=${t},v1=${valid}00`,
    ];
    for (const header of headers) await expectWebhookRefused(await h.settle.handle(webhook('stripe', body, { 'stripe-signature': header })), header);
    await h.settle.drain();
    expect(succeeded).toHaveLength(0);
  });

  it('accepts one valid signature among junk ones', async () => {
    const { body } = await succeededStripeEvent();
    const t = nowSeconds();
    const junk = 'ab'.repeat(32);
    const header = `t=${t},v1=${junk},v0=${junk},v1=${stripeSignature(body, 'whsec_unknown', t)},v1=${stripeSignature(body, NEW_SECRET, t)},v1=zz,x=1`;
    const response = await h.settle.handle(webhook('stripe', body, { 'stripe-signature': header }));
    expect(response.status).toBe(200);
    await h.settle.drain();
    expect(succeeded).toHaveLength(1);
  });

  it('accepts both the old and the new secret during a rotation, and no other', async () => {
    const first = await succeededStripeEvent();
    const t = nowSeconds();
    const old = await h.settle.handle(webhook('stripe', first.body, { 'stripe-signature': `t=${t},v1=${stripeSignature(first.body, OLD_SECRET, t)}` }));
    expect(old.status).toBe(200);
    const second = await succeededStripeEvent(ATTACKER.id);
    const fresh = await h.settle.handle(webhook('stripe', second.body, { 'stripe-signature': `t=${t},v1=${stripeSignature(second.body, NEW_SECRET, t)}` }));
    expect(fresh.status).toBe(200);
    await expectWebhookRefused(await h.settle.handle(webhook('stripe', first.body, { 'stripe-signature': `t=${t},v1=${stripeSignature(first.body, 'whsec_retired_long_ago', t)}` })));
    await h.settle.drain();
    expect(succeeded.map((event) => event.data.paymentId).sort()).toEqual([first.payment.id, second.payment.id].sort());
  });

  it('refuses a signature made with the secret of another provider route (sandbox secret on the Stripe route)', async () => {
    const local = await harness({
      providers: { stripe: stripeProvider({ secretKey: STRIPE_KEY, publishableKey: 'pk_test_security', webhookSecrets: [NEW_SECRET] }), sandbox: { webhookSecret: 'sandbox-secret-of-this-test' } },
    });
    const body = JSON.stringify({ id: 'evt_x', object: 'event', type: 'payment_intent.succeeded', data: { object: { id: 'pi_x', object: 'payment_intent' } } });
    const t = Math.floor(local.clock.now / 1000);
    const response = await local.settle.handle(webhook('stripe', body, { 'stripe-signature': `t=${t},v1=${stripeSignature(body, 'sandbox-secret-of-this-test', t)}` }));
    await expectWebhookRefused(response);
  });

  it('does not mark a payment paid from a validly signed event whose amount or claim differs from the record', async () => {
    const { payment } = await succeededStripeEvent();
    const intentId = (payment.client as { clientSecret: string }).clientSecret.split('_secret_')[0] as string;
    const intent = stripe.intents.get(intentId) as Stripe.PaymentIntent;
    const t = nowSeconds();
    const variants = [
      { ...intent, amount: 1, amount_received: 1 },
      { ...intent, currency: 'usd' },
      { ...intent, metadata: { ...intent.metadata, settle_claim_id: 'clm_us_2002' } },
    ];
    for (const object of variants) {
      const body = JSON.stringify({ id: `evt_${crypto.randomUUID()}`, object: 'event', type: 'payment_intent.succeeded', data: { object } });
      await h.settle.handle(webhook('stripe', body, { 'stripe-signature': `t=${t},v1=${stripeSignature(body, NEW_SECRET, t)}` }));
    }
    await h.settle.drain();
    expect(succeeded).toHaveLength(0);
  });
});

describe('PayPal webhook attacks', () => {
  const certHosts = [
    'https://attacker.example/cert.pem',
    'http://api.paypal.com/v1/notifications/certs/CERT-1',
    'https://api.paypal.com.attacker.example/cert.pem',
    'https://attacker.example/api.paypal.com/cert.pem',
    'https://attacker.example/?host=.paypal.com',
    'https://api.paypal.com@attacker.example/cert.pem',
    'https://evilpaypal.com/cert.pem',
    'file:///etc/passwd',
    'https://169.254.169.254/latest/meta-data/',
    '',
  ];

  it('refuses a certificate URL off PayPal hosts without fetching it, nor anything else', async () => {
    const body = JSON.stringify({ id: 'WH-EVT-1', event_type: 'PAYMENT.CAPTURE.COMPLETED', resource: { id: 'CAP1', status: 'COMPLETED', amount: { currency_code: 'EUR', value: '128.37' } } });
    for (const certUrl of certHosts) {
      const headers = paypal.webhookHeaders(body, PAYPAL.webhookId, certUrl);
      await expectWebhookRefused(await h.settle.handle(webhook('paypal', body, headers)), certUrl);
    }
    expect(outbound).toEqual([]);
    expect(paypal.verifyCalls).toHaveLength(0);
  });

  it('never fetches even a PayPal-hosted certificate URL: PayPal verifies its own signature', async () => {
    const body = JSON.stringify({ id: 'WH-EVT-2', event_type: 'CHECKOUT.ORDER.APPROVED', resource: {} });
    const certUrl = 'https://api.sandbox.paypal.com/v1/notifications/certs/CERT-360caa42';
    const response = await h.settle.handle(webhook('paypal', body, paypal.webhookHeaders(body, PAYPAL.webhookId, certUrl)));
    expect(response.status).toBe(200);
    expect(paypal.verifyCalls).toHaveLength(1);
    expect(outbound.some((url) => url.startsWith(certUrl))).toBe(false);
    expect(outbound.every((url) => new URL(url).hostname === 'api-m.sandbox.paypal.com')).toBe(true);
  });

  it('refuses missing or empty transmission headers', async () => {
    const body = JSON.stringify({ id: 'WH-EVT-3', event_type: 'PAYMENT.CAPTURE.COMPLETED', resource: {} });
    const genuine = paypal.webhookHeaders(body, PAYPAL.webhookId);
    for (const name of Object.keys(genuine)) {
      const { [name]: _dropped, ...rest } = genuine;
      await expectWebhookRefused(await h.settle.handle(webhook('paypal', body, rest)), `without ${name}`);
      await expectWebhookRefused(await h.settle.handle(webhook('paypal', body, { ...rest, [name]: '' })), `empty ${name}`);
    }
  });

  it('refuses a delivery sent more than 300 s before or after now, or at no readable time, without asking PayPal', async () => {
    const body = JSON.stringify({ id: 'WH-EVT-5', event_type: 'PAYMENT.CAPTURE.COMPLETED', resource: {} });
    const certUrl = undefined; // the fake's default, PayPal-hosted certificate URL
    for (const offsetSeconds of [-301, 301, -86_400]) {
      const headers = paypal.webhookHeaders(body, PAYPAL.webhookId, certUrl, h.clock.now + offsetSeconds * 1000);
      await expectWebhookRefused(await h.settle.handle(webhook('paypal', body, headers)), `${offsetSeconds} s`);
    }
    for (const time of ['yesterday', '1795468724', 'Mon, 23 Nov 2026 21:00:00 GMT', '2026-13-45T99:99:99Z']) {
      const headers = { ...paypal.webhookHeaders(body, PAYPAL.webhookId), 'paypal-transmission-time': time };
      await expectWebhookRefused(await h.settle.handle(webhook('paypal', body, headers)), time);
    }
    expect(paypal.verifyCalls).toHaveLength(0);
    const inTime = paypal.webhookHeaders(body, PAYPAL.webhookId, certUrl, h.clock.now - 299_000);
    expect((await h.settle.handle(webhook('paypal', body, inTime))).status).toBe(200);
    expect(paypal.verifyCalls).toHaveLength(1);
  });

  it('refuses an event PayPal does not confirm (forged signature, another webhook id)', async () => {
    const body = JSON.stringify({ id: 'WH-EVT-4', event_type: 'PAYMENT.CAPTURE.COMPLETED', resource: {} });
    const forged = { ...paypal.webhookHeaders(body, PAYPAL.webhookId), 'paypal-transmission-sig': 'Zm9yZ2Vk' };
    await expectWebhookRefused(await h.settle.handle(webhook('paypal', body, forged)));
    await expectWebhookRefused(await h.settle.handle(webhook('paypal', body, paypal.webhookHeaders(body, 'WH-SOMEONE-ELSE'))));
    await h.settle.drain();
    expect(succeeded).toHaveLength(0);
  });
});
