import * as z from 'zod/mini';
import { Money } from '../money.js';
import { PAYMENT_PROVIDER_NAMES, PAYMENT_STATUSES } from './payment-names.js';

/** Payment providers a creditor can enable. `sandbox` is offline and for demos and tests. */
export const PaymentProviderName = z.enum(PAYMENT_PROVIDER_NAMES);
export type PaymentProviderName = z.infer<typeof PaymentProviderName>;

/**
 * What the debtor chooses to pay. The amount is never sent: the server computes it from
 * the claim (full), the active plan (instalment, down payment) or checks the debtor's
 * chosen partial amount against the creditor's policy.
 */
export const PaymentOption = z.enum(['full', 'instalment', 'down_payment', 'partial']);
export type PaymentOption = z.infer<typeof PaymentOption>;

/**
 * POST {api}/payments with `Authorization: Bearer <session>` and an `Idempotency-Key`
 * header (one per checkout attempt, so double clicks and retries give one payment).
 */
export const CreatePaymentRequest = z.object({
  option: PaymentOption,
  provider: PaymentProviderName,
  /** Only for `partial`: the debtor's chosen amount in minor units, checked against policy. */
  partialAmount: z.optional(z.int().check(z.positive())),
  /** Instalments only: save the payment method for later instalments (the debtor consented). */
  autopay: z.optional(z.boolean()),
});
export type CreatePaymentRequest = z.infer<typeof CreatePaymentRequest>;

export const PaymentStatus = z.enum(PAYMENT_STATUSES);
export type PaymentStatus = z.infer<typeof PaymentStatus>;

/**
 * Why a payment failed, as a closed set the widget turns into plain words and a next step.
 * Provider-specific codes are mapped onto these.
 */
export const PaymentFailureReason = z.enum(['card_declined', 'insufficient_funds', 'expired_card', 'incorrect_details', 'authentication_failed', 'processing_error', 'canceled', 'other']);
export type PaymentFailureReason = z.infer<typeof PaymentFailureReason>;

/** What the browser needs to let the debtor complete the payment with the provider. */
export const PaymentClientData = z.discriminatedUnion('provider', [
  z.object({ provider: z.literal('stripe'), clientSecret: z.string(), publishableKey: z.string() }),
  z.object({ provider: z.literal('paypal'), orderId: z.string(), clientId: z.string() }),
  z.object({ provider: z.literal('sandbox'), reference: z.string(), clientSecret: z.string() }),
]);
export type PaymentClientData = z.infer<typeof PaymentClientData>;

export const Payment = z.object({
  id: z.string(),
  claimId: z.string(),
  option: PaymentOption,
  provider: PaymentProviderName,
  amount: Money,
  status: PaymentStatus,
  failureReason: z.optional(PaymentFailureReason),
  /** Whether the payment method is saved for later instalments. */
  autopay: z.boolean(),
  /** Absent once the payment is final: nothing left for the browser to do. */
  client: z.optional(PaymentClientData),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Payment = z.infer<typeof Payment>;

/** Answer of POST /payments, GET /payments/:paymentId and POST /payments/:paymentId/confirm. */
export const PaymentResponse = z.object({ payment: Payment });
export type PaymentResponse = z.infer<typeof PaymentResponse>;

/** The creditor's bank account, shown when no wallet can be used. */
export const BankTransferDetails = z.object({
  accountHolder: z.string(),
  iban: z.string(),
  bic: z.optional(z.string()),
  bankName: z.optional(z.string()),
  /** What the debtor writes as the transfer reference (the claim's account reference). */
  reference: z.string(),
});
export type BankTransferDetails = z.infer<typeof BankTransferDetails>;

export const Wallet = z.enum(['apple_pay', 'google_pay', 'link']);
export type Wallet = z.infer<typeof Wallet>;

export const CheckoutProvider = z.discriminatedUnion('provider', [
  z.object({ provider: z.literal('stripe'), publishableKey: z.string(), wallets: z.array(Wallet), autopay: z.boolean() }),
  z.object({ provider: z.literal('paypal'), clientId: z.string(), autopay: z.boolean() }),
  z.object({ provider: z.literal('sandbox'), autopay: z.boolean() }),
]);
export type CheckoutProvider = z.infer<typeof CheckoutProvider>;

/**
 * GET {api}/payments/config: which providers and wallets the creditor enabled (in the
 * creditor's order of preference), their public keys, and the bank-transfer fallback.
 */
export const CheckoutConfig = z.object({
  providers: z.array(CheckoutProvider),
  bankTransfer: z.optional(BankTransferDetails),
});
export type CheckoutConfig = z.infer<typeof CheckoutConfig>;

/**
 * POST {api}/sandbox/payments/:reference/authorize: the sandbox wallet sheet's call to
 * the offline sandbox provider, standing in for what Stripe.js or PayPal do in their
 * frames. Deterministic: the outcome follows `scenario` only.
 */
export const SandboxScenario = z.enum(['success', 'decline_card', 'decline_insufficient_funds', 'decline_expired_card', 'challenge']);
export type SandboxScenario = z.infer<typeof SandboxScenario>;

export const SandboxAuthorizeRequest = z.object({
  clientSecret: z.string().check(z.minLength(1), z.maxLength(200)),
  scenario: SandboxScenario,
  /** Answer to the challenge step: `pass` completes it, `fail` fails authentication. */
  challenge: z.optional(z.enum(['pass', 'fail'])),
});
export type SandboxAuthorizeRequest = z.infer<typeof SandboxAuthorizeRequest>;

export const SandboxAuthorizeResponse = z.object({
  status: z.enum(['succeeded', 'failed', 'requires_action']),
  failureReason: z.optional(PaymentFailureReason),
});
export type SandboxAuthorizeResponse = z.infer<typeof SandboxAuthorizeResponse>;
