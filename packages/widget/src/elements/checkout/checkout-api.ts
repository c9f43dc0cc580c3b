import { CheckoutConfig, PaymentResponse, ROUTES, routePath, type CreatePaymentRequest, type Payment } from '@settle/protocol';
import type { ApiClient } from '../../api/client.js';

/** Which providers, wallets and fallback the creditor enabled for this claim. */
export function loadCheckoutConfig(client: ApiClient, signal?: AbortSignal): Promise<CheckoutConfig> {
  return client.request('GET', ROUTES.paymentsConfig, { schema: CheckoutConfig, signal });
}

/** Asks the server to create the payment; it computes the amount. One key per attempt. */
export async function createPayment(client: ApiClient, request: CreatePaymentRequest, idempotencyKey: string, signal?: AbortSignal): Promise<Payment> {
  const { payment } = await client.request('POST', ROUTES.payments, { body: request, schema: PaymentResponse, idempotencyKey, signal });
  return payment;
}

/** "The provider says done": the server checks with the provider and answers with the truth. */
export async function confirmPayment(client: ApiClient, paymentId: string, signal?: AbortSignal): Promise<Payment> {
  const { payment } = await client.request('POST', routePath(ROUTES.paymentConfirm, { paymentId }), { schema: PaymentResponse, signal });
  return payment;
}
