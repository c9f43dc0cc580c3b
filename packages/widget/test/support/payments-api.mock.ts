import {
  ROUTES,
  type CheckoutConfig,
  type CreatePaymentRequest,
  type ErrorCode,
  type Money,
  type Payment,
  type PaymentFailureReason,
  type PaymentStatus,
  type SandboxAuthorizeRequest,
} from '@settle/protocol';
import { delay, http, HttpResponse, type RequestHandler } from 'msw';
import { errorBody, TEST_API } from './api-mock.js';

/**
 * A fake of the Settle server's payment routes for element tests: it computes the
 * amount itself (the widget never sends one), dedupes by Idempotency-Key, and answers
 * confirmations from a queue of provider statuses, recording everything it received.
 */
export class FakePaymentsApi {
  config: CheckoutConfig = { providers: [{ provider: 'sandbox', autopay: true }] };
  /** What the claim total is on the server. */
  total: Money = { amount: 12837, currency: 'EUR' };
  /** Statuses successive confirmations answer with; the last one repeats. */
  confirmStatuses: PaymentStatus[] = ['succeeded'];
  failureReason: PaymentFailureReason = 'insufficient_funds';
  createError: { code: ErrorCode; status: number } | undefined;
  createDelayMs: number | 'infinite' = 0;
  readonly creates: { body: CreatePaymentRequest & Record<string, unknown>; idempotencyKey: string | null }[] = [];
  readonly confirms: string[] = [];
  readonly authorizations: SandboxAuthorizeRequest[] = [];
  private readonly payments = new Map<string, Payment>();
  private readonly byKey = new Map<string, string>();

  handlers(api = TEST_API): RequestHandler[] {
    return [
      http.get(`${api}${ROUTES.paymentsConfig}`, () => HttpResponse.json(this.config)),
      http.post(`${api}${ROUTES.payments}`, async ({ request }) => {
        const body = (await request.json()) as CreatePaymentRequest & Record<string, unknown>;
        const idempotencyKey = request.headers.get('idempotency-key');
        this.creates.push({ body, idempotencyKey });
        if (this.createDelayMs) await delay(this.createDelayMs);
        if (this.createError) return HttpResponse.json(errorBody(this.createError.code), { status: this.createError.status });
        const known = idempotencyKey ? this.byKey.get(idempotencyKey) : undefined;
        if (known) return HttpResponse.json({ payment: this.payments.get(known) });
        const payment = this.newPayment(body);
        if (idempotencyKey) this.byKey.set(idempotencyKey, payment.id);
        return HttpResponse.json({ payment }, { status: 201 });
      }),
      http.post(`${api}/payments/:paymentId/confirm`, ({ params }) => {
        const id = String(params.paymentId);
        this.confirms.push(id);
        const payment = this.payments.get(id) ?? this.payments.values().next().value;
        if (!payment) return HttpResponse.json(errorBody('not_found'), { status: 404 });
        const status = (this.confirmStatuses.length > 1 ? this.confirmStatuses.shift() : this.confirmStatuses[0]) ?? 'succeeded';
        const confirmed: Payment = { ...payment, id, status, ...(status === 'failed' ? { failureReason: this.failureReason } : {}) };
        return HttpResponse.json({ payment: confirmed });
      }),
      http.post(`${api}/sandbox/payments/:reference/authorize`, async ({ request }) => {
        const body = (await request.json()) as SandboxAuthorizeRequest;
        this.authorizations.push(body);
        if (body.scenario === 'challenge' && !body.challenge) return HttpResponse.json({ status: 'requires_action' });
        if (body.scenario === 'success' || body.challenge === 'pass') return HttpResponse.json({ status: 'succeeded' });
        return HttpResponse.json({ status: 'failed', failureReason: body.challenge === 'fail' ? 'authentication_failed' : 'card_declined' });
      }),
    ];
  }

  /** A payment the server already knows, e.g. one a redirect returns for. */
  seed(payment: Partial<Payment> & { id: string }): void {
    this.payments.set(payment.id, { ...this.newPayment({ option: 'full', provider: 'stripe' }), ...payment });
  }

  private newPayment(body: CreatePaymentRequest): Payment {
    const n = this.payments.size + 1;
    const id = `pay_${n}`;
    const client =
      body.provider === 'stripe'
        ? { provider: 'stripe' as const, clientSecret: `pi_${n}_secret_fake`, publishableKey: 'pk_test_fake' }
        : body.provider === 'paypal'
          ? { provider: 'paypal' as const, orderId: `ORDER${n}`, clientId: 'fake-client-id' }
          : { provider: 'sandbox' as const, reference: `sbx_${n}`, clientSecret: `sbx_${n}_secret` };
    const now = new Date().toISOString();
    const payment: Payment = {
      id,
      claimId: 'clm_de_1001',
      option: body.option,
      provider: body.provider,
      amount: this.total,
      status: 'requires_payment',
      autopay: body.autopay === true,
      client,
      createdAt: now,
      updatedAt: now,
    };
    this.payments.set(id, payment);
    return payment;
  }
}
