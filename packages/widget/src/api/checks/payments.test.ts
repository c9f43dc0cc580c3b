import { CheckoutConfig, PaymentResponse, type Payment } from '@settle/protocol';
import { edited, expectAccepted, expectRefused } from '../../../test/support/contract.mock.js';
import { checkoutConfigCheck, paymentCheck } from './payments.js';

const config: CheckoutConfig = {
  providers: [
    { provider: 'stripe', publishableKey: 'pk_test_fake', wallets: ['apple_pay', 'google_pay'], autopay: true },
    { provider: 'paypal', clientId: 'fake-client-id', autopay: false },
    { provider: 'sandbox', autopay: true },
  ],
  bankTransfer: { accountHolder: 'Stadtwerke Beispielstadt GmbH', iban: 'DE02120300000000202051', bic: 'BYLADEM1001', reference: 'KD-1001' },
};

const payment: Payment = {
  id: 'pay_1',
  claimId: 'clm_de_1001',
  option: 'full',
  provider: 'stripe',
  amount: { amount: 12_837, currency: 'EUR' },
  status: 'requires_payment',
  autopay: false,
  client: { provider: 'stripe', clientSecret: 'pi_1_secret_fake', publishableKey: 'pk_test_fake' },
  createdAt: '2026-11-23T10:00:00.000Z',
  updatedAt: '2026-11-23T10:00:00.000Z',
};

describe('checkoutConfigCheck (GET /payments/config)', () => {
  it('passes every provider and the bank transfer as they are', async () => {
    await expectAccepted(checkoutConfigCheck, CheckoutConfig, config);
    await expectAccepted(checkoutConfigCheck, CheckoutConfig, { providers: [] });
  });

  it('refuses an unknown provider, or one missing what its adapter needs', async () => {
    await expectRefused(checkoutConfigCheck, CheckoutConfig, edited(config, ['providers', 0, 'provider'], 'bitcoin'));
    await expectRefused(checkoutConfigCheck, CheckoutConfig, edited(config, ['providers', 2, 'provider'], 'constructor'));
    await expectRefused(checkoutConfigCheck, CheckoutConfig, edited(config, ['providers', 0, 'publishableKey']));
    await expectRefused(checkoutConfigCheck, CheckoutConfig, edited(config, ['providers', 1, 'autopay'], 'no'));
    await expectRefused(checkoutConfigCheck, CheckoutConfig, edited(config, ['providers'], null));
  });

  it('refuses bank transfer details without an IBAN', async () => {
    await expectRefused(checkoutConfigCheck, CheckoutConfig, edited(config, ['bankTransfer', 'iban']));
  });
});

describe('paymentCheck (POST /payments, POST /payments/:paymentId/confirm)', () => {
  it("passes a payment with each provider's client data, and a final one without", async () => {
    await expectAccepted(paymentCheck, PaymentResponse, { payment });
    await expectAccepted(paymentCheck, PaymentResponse, { payment: { ...payment, provider: 'paypal', client: { provider: 'paypal', orderId: 'ORDER1', clientId: 'fake-client-id' } } });
    await expectAccepted(paymentCheck, PaymentResponse, { payment: { ...payment, provider: 'sandbox', client: { provider: 'sandbox', reference: 'sbx_1', clientSecret: 'sbx_1_secret' } } });
    const { client: _final, ...settled } = payment;
    await expectAccepted(paymentCheck, PaymentResponse, { payment: { ...settled, status: 'failed', failureReason: 'insufficient_funds' } });
  });

  it('refuses a status or provider the checkout does not know', async () => {
    await expectRefused(paymentCheck, PaymentResponse, edited({ payment }, ['payment', 'status'], 'done'));
    await expectRefused(paymentCheck, PaymentResponse, edited({ payment }, ['payment', 'provider'], 'bitcoin'));
  });

  it('refuses a payment missing its amount or id, or with client data its provider cannot use', async () => {
    await expectRefused(paymentCheck, PaymentResponse, edited({ payment }, ['payment', 'amount']));
    await expectRefused(paymentCheck, PaymentResponse, edited({ payment }, ['payment', 'id'], 1));
    await expectRefused(paymentCheck, PaymentResponse, edited({ payment }, ['payment', 'client', 'clientSecret']));
    await expectRefused(paymentCheck, PaymentResponse, edited({ payment }, ['payment', 'autopay'], 'false'));
    await expectRefused(paymentCheck, PaymentResponse, edited({ payment }, ['payment']));
  });
});
