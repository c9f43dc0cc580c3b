import type { CheckoutConfig, CreatePaymentRequest, Payment } from '@settle/protocol';
import { checkoutConfigCheck, paymentCheck } from '../../api/checks/payments.js';
import type { ApiClient } from '../../api/client.js';

/** Which providers, wallets and fallback the creditor enabled for this claim. */
export function loadCheckoutConfig(client: ApiClient, signal?: AbortSignal): Promise<CheckoutConfig> {
  return client.call('paymentsConfig', undefined, { check: checkoutConfigCheck, signal });
}

/** Asks the server to create the payment; it computes the amount. One key per attempt. */
export async function createPayment(client: ApiClient, request: CreatePaymentRequest, idempotencyKey: string, signal?: AbortSignal): Promise<Payment> {
  const { payment } = await client.call('payments', request, { check: paymentCheck, idempotencyKey, signal });
  return payment;
}

/** "The provider says done": the server checks with the provider and answers with the truth. */
export async function confirmPayment(client: ApiClient, paymentId: string, signal?: AbortSignal): Promise<Payment> {
  const { payment } = await client.call('paymentConfirm', undefined, { check: paymentCheck, params: { paymentId }, signal });
  return payment;
}

/**
 * Confirms, and asks again a few times while the provider still processes (or, unless a
 * decline is already known, has not seen the payment yet: webhooks and wallets can lag).
 */
export async function confirmUntilSettled(client: ApiClient, paymentId: string, options: { intervalMs: number; waitForPayment: boolean; polls?: number }): Promise<Payment> {
  const pending = (payment: Payment) => payment.status === 'processing' || (options.waitForPayment && payment.status === 'requires_payment');
  let payment = await confirmPayment(client, paymentId);
  for (let poll = 0; poll < (options.polls ?? 3) && pending(payment); poll += 1) {
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs));
    payment = await confirmPayment(client, paymentId);
  }
  return payment;
}
