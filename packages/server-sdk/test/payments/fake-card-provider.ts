import type { Money } from '@settle/protocol';
import { SettleError, type CreatedPayment, type ObservedPayment, type PaymentProvider, type PaymentRequest, type ProviderEvent, type Refund } from '../../src/index.js';

/**
 * A whole payment provider in one module, as a creditor writes their own: an in-memory
 * card "bank" that shows the widget Stripe's checkout kind and reports outcomes by webhook.
 * `pay()` and `webhookFor()` stand in for the debtor and the provider's servers.
 */
export function fakeCardProvider(webhookSecret = 'fake-webhook-secret') {
  const payments = new Map<string, ObservedPayment>();
  const find = (reference: string): ObservedPayment => {
    const payment = payments.get(reference);
    if (!payment) throw new SettleError('not_found', 'The fake provider has no such payment.');
    return payment;
  };

  const provider = {
    name: 'stripe',

    async createPayment(request: PaymentRequest): Promise<CreatedPayment> {
      const reference = `fake_${request.idempotencyKey}`;
      if (!payments.has(reference)) {
        payments.set(reference, { reference, status: 'requires_payment', amount: request.amount, claimId: request.claimId, paymentId: request.paymentId });
      }
      return { reference, client: { provider: 'stripe', clientSecret: `${reference}_secret`, publishableKey: 'pk_fake' } };
    },
    async fetchPayment(reference: string): Promise<ObservedPayment> {
      return { ...find(reference) };
    },
    async cancelPayment(reference: string): Promise<void> {
      const payment = find(reference);
      if (payment.status === 'succeeded') throw new SettleError('payment_in_progress', 'The fake payment already went through.');
      payment.status = 'canceled';
    },
    async refundPayment(reference: string, amount: Money, idempotencyKey: string): Promise<Refund> {
      find(reference);
      return { reference: `fake_re_${idempotencyKey}`, amount, status: 'succeeded' };
    },
    async parseWebhook(rawBody: string, headers: Headers): Promise<ProviderEvent> {
      if (headers.get('fake-signature') !== webhookSecret) throw new SettleError('webhook_invalid', 'The fake webhook is not signed.');
      const event = JSON.parse(rawBody) as { id: string; reference: string };
      return { kind: 'payment', eventId: event.id, payment: { ...find(event.reference) } };
    },
    checkoutConfig: () => ({ provider: 'stripe', publishableKey: 'pk_fake', wallets: [], autopay: false }),
  } satisfies PaymentProvider;

  return {
    ...provider,
    payments,
    /** The debtor completes the payment at the provider. */
    pay(reference: string): void {
      find(reference).status = 'succeeded';
    },
    /** The signed webhook the provider sends about a payment. */
    webhookFor(reference: string, secret = webhookSecret): { body: string; headers: Record<string, string> } {
      return { body: JSON.stringify({ id: `evt_${reference}_${find(reference).status}`, reference }), headers: { 'fake-signature': secret } };
    },
  };
}
