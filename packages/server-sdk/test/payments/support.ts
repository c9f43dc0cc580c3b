import type { Payment } from '@settle/protocol';
import { germanClaim, usClaim } from '../../../../tests/fixtures/claims.js';
import type { PaymentProvidersOptions, SettleEvent, SettleOptions } from '../../src/index.js';
import { BASE, post, sessionFor, testSettle } from '../support.js';

export const STRIPE_SECRET_KEY = 'sk_test_settle_fake_key';
export const STRIPE_WEBHOOK_SECRET = 'whsec_current_secret_for_tests';
export const STRIPE_OLD_WEBHOOK_SECRET = 'whsec_previous_secret_for_tests';

/** A Settle instance with payment providers, recording every payment hook call. */
export async function paymentSettle(providers: PaymentProvidersOptions, overrides: Partial<SettleOptions> = {}) {
  const claims = new Map<string, unknown>([
    [germanClaim().id, germanClaim()],
    [usClaim().id, usClaim()],
  ]);
  const succeeded: SettleEvent[] = [];
  const failed: SettleEvent[] = [];
  const test = await testSettle({
    backend: {
      getClaim: async (id) => claims.get(id) ?? null,
      onPaymentSucceeded: async (event) => {
        succeeded.push(event);
      },
      onPaymentFailed: async (event) => {
        failed.push(event);
      },
    },
    providers,
    delivery: { backoffMs: 1 },
    ...overrides,
  });
  return { ...test, claims, succeeded, failed };
}

export type PaymentSettle = Awaited<ReturnType<typeof paymentSettle>>;

export function createPaymentRequest(token: string, body: unknown, idempotencyKey = `key_${crypto.randomUUID()}`): Request {
  return post('/payments', body, { authorization: `Bearer ${token}`, 'idempotency-key': idempotencyKey });
}

export function confirmRequest(token: string, paymentId: string): Request {
  return new Request(`${BASE}/payments/${paymentId}/confirm`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
}

export function webhookRequest(provider: string, body: string, headers: Record<string, string>): Request {
  return new Request(`${BASE}/webhooks/${provider}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
}

/** Opens a session and creates a payment; returns the payment as the browser sees it. */
export async function startPayment(test: PaymentSettle, body: Record<string, unknown>, claimId = germanClaim().id) {
  const token = await sessionFor(test.settle, claimId);
  const response = await test.settle.handle(createPaymentRequest(token, body));
  if (response.status !== 201) throw new Error(`payment creation failed: ${response.status} ${await response.text()}`);
  const { payment } = (await response.json()) as { payment: Payment };
  return { token, payment };
}

export async function paymentOf(response: Response): Promise<Payment> {
  return ((await response.json()) as { payment: Payment }).payment;
}
