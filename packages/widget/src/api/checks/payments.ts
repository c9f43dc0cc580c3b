import { PAYMENT_PROVIDER_NAMES, PAYMENT_STATUSES, type CheckoutConfig, type PaymentProviderName, type PaymentResponse } from '@settle/protocol';
import { isMoney } from './protocol-values.js';
import { arrayOf, check, isBoolean, isString, oneOf, optional, shape, variant, type Is } from './shape.js';

/** What each provider's adapter needs to mount. */
const providerSetup: Record<PaymentProviderName, Is> = {
  stripe: shape({ publishableKey: isString, wallets: arrayOf(isString), autopay: isBoolean }),
  paypal: shape({ clientId: isString, autopay: isBoolean }),
  sandbox: shape({ autopay: isBoolean }),
};

const isBankTransfer = shape({ accountHolder: isString, iban: isString, bic: optional(isString), bankName: optional(isString), reference: isString });

/** GET /payments/config: the providers the checkout offers, and the bank-transfer fallback. */
export const checkoutConfigCheck = check<CheckoutConfig>('payments config', shape({ providers: arrayOf(variant('provider', providerSetup)), bankTransfer: optional(isBankTransfer) }));

/** What each provider's adapter needs to let the debtor complete one payment. */
const paymentClient: Record<PaymentProviderName, Is> = {
  stripe: shape({ clientSecret: isString, publishableKey: isString }),
  paypal: shape({ orderId: isString, clientId: isString }),
  sandbox: shape({ reference: isString, clientSecret: isString }),
};

const isPayment = shape({
  id: isString,
  claimId: isString,
  option: isString,
  provider: oneOf(PAYMENT_PROVIDER_NAMES),
  amount: isMoney,
  status: oneOf(PAYMENT_STATUSES),
  failureReason: optional(isString),
  autopay: isBoolean,
  client: optional(variant('provider', paymentClient)),
});

/** POST /payments and POST /payments/:paymentId/confirm: the payment and where it stands. */
export const paymentCheck = check<PaymentResponse>('payment', shape({ payment: isPayment }));
