import { addDays, type Payment, type Plan } from '@settle/protocol';
import { germanClaim, usClaim } from '../../../../tests/fixtures/claims.js';
import type { ClaimInput, PaymentProvidersOptions, SettleEvent, SettleOptions } from '../../src/index.js';
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
      getClaim: async (id) => (claims.get(id) ?? null) as ClaimInput | null,
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
  // Effects reach the backend in the background; these tests assert what the backend
  // received as a result of each request, so each call here waits for that delivery.
  const settle = {
    ...test.settle,
    handle: async (request: Request) => afterDelivery(test.settle, await test.settle.handle(request)),
    chargeDueInstalments: async () => afterDelivery(test.settle, await test.settle.chargeDueInstalments()),
  };
  return { ...test, settle, claims, succeeded, failed };
}

async function afterDelivery<T>(settle: { drain(): Promise<void> }, result: T): Promise<T> {
  await settle.drain();
  return result;
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

export const EUR = (amount: number) => ({ amount, currency: 'EUR' });

/** A three-instalment plan over the German claim (or a down payment plus one instalment). */
export function plan(today: string, options: { downPayment?: boolean } = {}): Plan {
  const first = options.downPayment
    ? { number: 1, dueDate: today, amount: EUR(2837), kind: 'down_payment' as const }
    : { number: 1, dueDate: addDays(today, 5), amount: EUR(4279), kind: 'instalment' as const };
  const rest = options.downPayment
    ? [{ number: 2, dueDate: addDays(today, 30), amount: EUR(10000), kind: 'instalment' as const }]
    : [
        { number: 2, dueDate: addDays(today, 35), amount: EUR(4279), kind: 'instalment' as const },
        { number: 3, dueDate: addDays(today, 65), amount: EUR(4279), kind: 'instalment' as const },
      ];
  return {
    id: 'plan_1',
    claimId: germanClaim().id,
    offerId: 'off_1',
    balanceVersion: 1,
    kind: 'instalments',
    acceptedOn: today,
    acceptedAt: Date.now(),
    schedule: { kind: 'instalments', instalments: [first, ...rest], frequency: 'monthly', costs: EUR(0), total: EUR(12837), remaining: EUR(0) },
    rules: { maxShiftDays: 14, maxShifts: 2, maxSkips: 1, maxPauseMonths: 2 },
    used: { shifts: 0, skips: 0, pauseMonths: 0 },
    changes: [],
    payments: [],
  };
}
