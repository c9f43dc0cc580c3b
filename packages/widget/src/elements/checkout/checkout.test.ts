import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ROUTES } from '@settle/protocol';
import { http, HttpResponse } from 'msw';
import { germanClaim } from '../../../../../tests/fixtures/claims.js';
import { claimApi, errorBody, TEST_API, useApi } from '../../../test/support/api-mock.js';
import { resetSettleState, shadowText } from '../../../test/support/element.js';
import type { SettlePaymentErrorEvent } from '../../events/settle-payment-error.js';
import type { SettlePaymentSuccessEvent } from '../../events/settle-payment-success.js';
import type { AdapterLoader } from '../../payments/adapter.js';
import { createPayPalAdapter } from '../../payments/paypal/paypal-adapter.js';
import { FakePayPalSdk } from '../../../test/support/paypal-sdk.fake.js';
import { createStripeAdapter } from '../../payments/stripe/stripe-adapter.js';
import { FakeStripeJs } from '../../../test/support/stripe-js.fake.js';
import type { SettleCheckout } from './checkout.js';
import { FakePaymentsApi } from '../../../test/support/payments-api.mock.js';
import './define.js';

const BANK = { accountHolder: 'Fair Inkasso GmbH', iban: 'DE02120300000000202051', reference: 'KD-2026-1001' };

async function serve(api: FakePaymentsApi): Promise<void> {
  await useApi(...claimApi({ claim: germanClaim() }), ...api.handlers());
}

async function checkout(loaders: Partial<Record<'stripe' | 'paypal' | 'sandbox', AdapterLoader>>, attributes: { locale?: string; option?: string; timeout?: number } = {}) {
  const element = await fixture<SettleCheckout>(html`<settle-checkout
    api=${TEST_API}
    token="link-de"
    locale=${attributes.locale ?? 'en'}
    option=${attributes.option ?? 'full'}
    load-timeout=${attributes.timeout ?? 2000}
    csp-nonce="nonce-for-tests"
    .loaders=${loaders}
    .pollIntervalMs=${5}
  ></settle-checkout>`);
  return element;
}

function part(element: SettleCheckout, name: string): HTMLElement | null {
  return element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

async function phase(element: SettleCheckout, expected: string): Promise<void> {
  // The reflected state: set once the phase has rendered (texts for the locale included).
  await waitUntil(() => element.getAttribute('state') === expected, `checkout reaches "${expected}" (is "${element.phase}", setup ${element.setup.status}: ${String(element.setup.error ?? '')})`, {
    timeout: 8000,
  });
  await element.updateComplete;
}

function stripeConfig(api: FakePaymentsApi): void {
  api.config = {
    providers: [
      { provider: 'stripe', publishableKey: 'pk_test_fake', wallets: ['apple_pay', 'google_pay'], autopay: true },
      { provider: 'paypal', clientId: 'fake-client-id', autopay: false },
    ],
    bankTransfer: BANK,
  };
}

describe('<settle-checkout>', () => {
  beforeEach(() => {
    resetSettleState();
    history.replaceState(null, '', window.location.pathname);
  });

  it('mounts the Stripe Payment Element in light DOM it owns, with no card input in its own DOM', async () => {
    const api = new FakePaymentsApi();
    stripeConfig(api);
    await serve(api);
    const stripe = new FakeStripeJs();
    const element = await checkout({ stripe: async () => createStripeAdapter({ loadStripe: stripe.loadStripe }) });
    await phase(element, 'ready');
    const slot = element.querySelector('[slot="provider"]');
    expect(slot?.querySelectorAll('iframe').length).to.equal(2);
    expect(stripe.mounted.map((entry) => entry.type)).to.deep.equal(['expressCheckout', 'payment']);
    const express = stripe.created.find((entry) => entry.type === 'expressCheckout')?.options as { paymentMethods: Record<string, string> };
    expect(express.paymentMethods).to.deep.include({ applePay: 'auto', googlePay: 'auto', link: 'never' });
    expect(element.shadowRoot!.querySelectorAll('input').length).to.equal(0);
    expect(element.querySelectorAll('input').length).to.equal(0);
    expect(stripe.elementsOptions[0]?.clientSecret).to.equal('pi_1_secret_fake');
    expect(shadowText(element, '[part~="title"]')).to.contain('128.37');
    expect(api.creates[0]?.body).to.deep.equal({ option: 'full', provider: 'stripe' });
    await expect(element).to.be.accessible();
  });

  it('offers no Express Checkout when the creditor enabled no wallets', async () => {
    const api = new FakePaymentsApi();
    api.config = { providers: [{ provider: 'stripe', publishableKey: 'pk_test_fake', wallets: [], autopay: true }] };
    await serve(api);
    const stripe = new FakeStripeJs();
    const element = await checkout({ stripe: async () => createStripeAdapter({ loadStripe: stripe.loadStripe }) });
    await phase(element, 'ready');
    expect(stripe.created.map((entry) => entry.type)).to.deep.equal(['payment']);
    expect(element.querySelectorAll('[slot="provider"] iframe').length).to.equal(1);
  });

  it('confirms once and creates one payment when the pay button is double-clicked', async () => {
    const api = new FakePaymentsApi();
    stripeConfig(api);
    await serve(api);
    const stripe = new FakeStripeJs();
    stripe.confirmDelayMs = 150;
    const element = await checkout({ stripe: async () => createStripeAdapter({ loadStripe: stripe.loadStripe }) });
    await phase(element, 'ready');
    const button = part(element, 'pay-button')!;
    button.click();
    button.click();
    await phase(element, 'succeeded');

    expect(stripe.confirmCalls.length).to.equal(1);
    expect(api.creates.length).to.equal(1);
    expect(api.creates[0]?.idempotencyKey).to.match(/^chk_/);
    expect(api.confirms).to.deep.equal(['pay_1']);
  });

  it('shows success only after the server confirms, and fires settle-payment-success with the server amount', async () => {
    const api = new FakePaymentsApi();
    stripeConfig(api);
    api.confirmStatuses = ['processing', 'succeeded'];
    await serve(api);
    const stripe = new FakeStripeJs();
    const element = await checkout({ stripe: async () => createStripeAdapter({ loadStripe: stripe.loadStripe }) });
    await phase(element, 'ready');
    const success = new Promise<SettlePaymentSuccessEvent>((resolve) => element.addEventListener('settle-payment-success', resolve, { once: true }));
    part(element, 'pay-button')!.click();
    const event = await success;
    expect(api.confirms.length).to.equal(2);
    expect(event.detail).to.deep.include({ paymentId: 'pay_1', provider: 'stripe', option: 'full' });
    expect(event.detail.amount).to.deep.equal({ amount: 12837, currency: 'EUR' });
    await phase(element, 'succeeded');
    expect(shadowText(element, '[part~="status"]')).to.contain('pay_1');
    await expect(element).to.be.accessible();
  });

  it('confirms an Apple Pay payment from the Express Checkout Element through the server', async () => {
    const api = new FakePaymentsApi();
    stripeConfig(api);
    await serve(api);
    const stripe = new FakeStripeJs();
    const element = await checkout({ stripe: async () => createStripeAdapter({ loadStripe: stripe.loadStripe }) });
    await phase(element, 'ready');
    stripe.approveExpressCheckout();
    await phase(element, 'succeeded');
    expect(stripe.confirmCalls.length).to.equal(1);
    expect(stripe.confirmCalls[0]).to.deep.include({ redirect: 'if_required' });
    expect((stripe.confirmCalls[0] as { confirmParams: { return_url: string } }).confirmParams.return_url).to.contain('settle_payment=pay_1');
    expect(api.confirms).to.deep.equal(['pay_1']);
  });

  it('explains a decline in plain words, and trying again pays with a new attempt', async () => {
    const api = new FakePaymentsApi();
    stripeConfig(api);
    await serve(api);
    const stripe = new FakeStripeJs();
    stripe.behaviours = [{ kind: 'decline', declineCode: 'insufficient_funds' }, { kind: 'succeed' }];
    api.confirmStatuses = ['failed', 'succeeded'];
    api.failureReason = 'insufficient_funds';
    const element = await checkout({ stripe: async () => createStripeAdapter({ loadStripe: stripe.loadStripe }) });
    await phase(element, 'ready');
    const error = new Promise<SettlePaymentErrorEvent>((resolve) => element.addEventListener('settle-payment-error', resolve, { once: true }));
    part(element, 'pay-button')!.click();
    await phase(element, 'declined');
    expect((await error).detail).to.deep.include({ code: 'declined', reason: 'insufficient_funds', provider: 'stripe' });
    expect(shadowText(element, '[part~="status"]')).to.contain('not enough money');
    expect(shadowText(element, '[part~="bank-transfer"]')).to.contain(BANK.iban);
    expect(api.confirms).to.deep.equal(['pay_1']);
    await expect(element).to.be.accessible();
    part(element, 'retry-button')!.click();
    await phase(element, 'ready');
    part(element, 'pay-button')!.click();
    await phase(element, 'succeeded');
    expect(api.creates.length).to.equal(2);
    expect(api.creates[0]?.idempotencyKey).not.to.equal(api.creates[1]?.idempotencyKey);
  });

  it('shows the decline reason the server reports even when the provider UI said done', async () => {
    const api = new FakePaymentsApi();
    stripeConfig(api);
    api.confirmStatuses = ['failed'];
    api.failureReason = 'expired_card';
    await serve(api);
    const stripe = new FakeStripeJs();
    const element = await checkout({ stripe: async () => createStripeAdapter({ loadStripe: stripe.loadStripe }) }, { locale: 'de' });
    await phase(element, 'ready');
    part(element, 'pay-button')!.click();
    await phase(element, 'declined');
    expect(shadowText(element, '[part~="status"]')).to.contain('Die Karte ist abgelaufen.');
  });

  it('falls back to another provider and the bank details when Stripe.js does not load in time', async () => {
    const api = new FakePaymentsApi();
    stripeConfig(api);
    await serve(api);
    const errors: string[] = [];
    const element = await checkout({ stripe: async () => createStripeAdapter({ loadStripe: FakeStripeJs.hangingLoader }) }, { timeout: 150 });
    element.addEventListener('settle-payment-error', (event) => errors.push(event.detail.code));
    await phase(element, 'unavailable');
    expect(errors).to.deep.equal(['provider_unavailable']);
    expect(shadowText(element, '[part~="providers"]')).to.contain('Pay with PayPal');
    expect(shadowText(element, '[part~="bank-transfer"]')).to.contain(BANK.iban);
    expect(shadowText(element, '[part~="bank-transfer"]')).to.contain(BANK.reference);
    expect(element.querySelector('[slot="provider"]')?.childElementCount).to.equal(0);
    await expect(element).to.be.accessible();
  });

  it('reflows to 320 px wide without horizontal scrolling, bank details included', async () => {
    const api = new FakePaymentsApi();
    stripeConfig(api);
    api.confirmStatuses = ['failed'];
    await serve(api);
    const stripe = new FakeStripeJs();
    stripe.behaviours = [{ kind: 'decline', declineCode: 'card_declined' }];
    const frame = await fixture<HTMLDivElement>(html`<div style="width: 320px">
      <settle-checkout api=${TEST_API} token="link-de" locale="de" .loaders=${{ stripe: async () => createStripeAdapter({ loadStripe: stripe.loadStripe }) }}></settle-checkout>
    </div>`);
    const element = frame.querySelector('settle-checkout') as SettleCheckout;
    await phase(element, 'ready');
    part(element, 'pay-button')!.click();
    await phase(element, 'declined');
    const base = part(element, 'base')!;
    expect(base.scrollWidth).to.be.at.most(320);
    for (const button of Array.from(element.shadowRoot!.querySelectorAll('button'))) {
      const box = button.getBoundingClientRect();
      expect(box.height).to.be.at.least(24);
      expect(box.right - frame.getBoundingClientRect().left).to.be.at.most(320);
    }
  });

  it('pays with PayPal: the order comes from the server and approval is confirmed through the server', async () => {
    const api = new FakePaymentsApi();
    stripeConfig(api);
    await serve(api);
    const paypal = new FakePayPalSdk();
    const stripe = new FakeStripeJs();
    const element = await checkout({
      stripe: async () => createStripeAdapter({ loadStripe: stripe.loadStripe }),
      paypal: async () => createPayPalAdapter({ loadScript: paypal.loadScript }),
    });
    await phase(element, 'ready');
    const usePayPal = Array.from(part(element, 'providers')!.querySelectorAll('button')).find((button) => button.textContent?.includes('PayPal'))!;
    usePayPal.click();
    await waitUntil(() => element.phase === 'ready' && paypal.loads.length === 1, 'PayPal buttons render');
    expect(paypal.loads[0]).to.deep.include({ clientId: 'fake-client-id', currency: 'EUR', intent: 'capture', dataCspNonce: 'nonce-for-tests' });
    expect(stripe.destroyed).to.include('payment');
    expect(await paypal.payAndApprove()).to.equal('ORDER2');
    await phase(element, 'succeeded');
    expect(api.confirms).to.deep.equal(['pay_2']);
  });

  it('resumes after a redirect and shows success only once the server confirms', async () => {
    const api = new FakePaymentsApi();
    stripeConfig(api);
    api.seed({ id: 'pay_77', status: 'processing' });
    api.confirmStatuses = ['processing', 'succeeded'];
    await serve(api);
    history.replaceState(null, '', `${window.location.pathname}?settle_payment=pay_77&payment_intent=pi_77&payment_intent_client_secret=pi_77_secret&redirect_status=succeeded`);
    const stripe = new FakeStripeJs();
    const element = await checkout({ stripe: async () => createStripeAdapter({ loadStripe: stripe.loadStripe }) });
    await phase(element, 'succeeded');
    expect(api.confirms).to.deep.equal(['pay_77', 'pay_77']);
    expect(api.creates.length).to.equal(0);
    expect(stripe.loads.length).to.equal(0);
    expect(window.location.search).to.equal('');
  });

  it('does not believe a redirect that says "succeeded" when the server says the payment failed', async () => {
    const api = new FakePaymentsApi();
    stripeConfig(api);
    api.seed({ id: 'pay_78' });
    api.confirmStatuses = ['failed'];
    api.failureReason = 'authentication_failed';
    await serve(api);
    history.replaceState(null, '', `${window.location.pathname}?settle_payment=pay_78&redirect_status=succeeded`);
    const element = await checkout({});
    await phase(element, 'declined');
    expect(shadowText(element, '[part~="status"]')).to.contain('confirmation with your bank did not succeed');
  });

  it('asks for the bank confirmation when the server reports requires_action, and checks again', async () => {
    const api = new FakePaymentsApi();
    stripeConfig(api);
    api.confirmStatuses = ['requires_action', 'succeeded'];
    await serve(api);
    const stripe = new FakeStripeJs();
    const element = await checkout({ stripe: async () => createStripeAdapter({ loadStripe: stripe.loadStripe }) });
    await phase(element, 'ready');
    part(element, 'pay-button')!.click();
    await phase(element, 'requires_action');
    await expect(element).to.be.accessible();
    (part(element, 'status')!.querySelector('button') as HTMLButtonElement).click();
    await phase(element, 'succeeded');
    expect(api.confirms.length).to.equal(2);
  });

  it('says a bank payment is processing without claiming success while the provider settles it', async () => {
    const api = new FakePaymentsApi();
    stripeConfig(api);
    api.confirmStatuses = ['processing'];
    await serve(api);
    const stripe = new FakeStripeJs();
    const element = await checkout({ stripe: async () => createStripeAdapter({ loadStripe: stripe.loadStripe }) });
    let succeeded = false;
    element.addEventListener('settle-payment-success', () => (succeeded = true));
    await phase(element, 'ready');
    part(element, 'pay-button')!.click();
    await phase(element, 'processing_long');
    expect(succeeded).to.equal(false);
    expect(shadowText(element, '[part~="status"]')).to.contain('We are processing your payment');
    await expect(element).to.be.accessible();
  });

  it('stays ready and says nothing was charged when the debtor closes the PayPal window', async () => {
    const api = new FakePaymentsApi();
    api.config = { providers: [{ provider: 'paypal', clientId: 'fake-client-id', autopay: false }] };
    await serve(api);
    const paypal = new FakePayPalSdk();
    const element = await checkout({ paypal: async () => createPayPalAdapter({ loadScript: paypal.loadScript }) });
    await phase(element, 'ready');
    expect(element.querySelector('[slot="provider"] iframe[title="PayPal"]')).to.not.equal(null);
    paypal.cancel();
    await waitUntil(() => element.shadowRoot!.querySelector('[part~="live-region"]')?.textContent?.includes('We have not charged you anything'), 'the cancel is announced');
    expect(element.phase).to.equal('ready');
    expect(api.confirms.length).to.equal(0);
  });

  it('is accessible while it loads', async () => {
    const api = new FakePaymentsApi();
    api.createDelayMs = 'infinite';
    await serve(api);
    const element = await checkout({});
    await phase(element, 'preparing');
    expect(part(element, 'base')!.getAttribute('aria-busy')).to.equal('true');
    await expect(element).to.be.accessible();
  });

  it('says so with state="error" and a retry when the payment options cannot be loaded', async () => {
    await useApi(
      ...claimApi({ claim: germanClaim() }),
      http.get(`${TEST_API}${ROUTES.paymentsConfig}`, () => HttpResponse.json(errorBody('internal'), { status: 500 })),
    );
    const element = await checkout({});
    await phase(element, 'error');
    expect(part(element, 'status')!.querySelector('[part~="retry-button"]')).not.to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('shows "already paid" when the server answers claim_settled', async () => {
    const api = new FakePaymentsApi();
    api.createError = { code: 'claim_settled', status: 409 };
    await serve(api);
    const element = await checkout({});
    await phase(element, 'already_paid');
    expect(shadowText(element, '[part~="status"]')).to.contain('already paid');
    await expect(element).to.be.accessible();
  });

  it('says "already paid", never "canceled" or declined, when the server refunded this payment for a balance already paid', async () => {
    const api = new FakePaymentsApi();
    stripeConfig(api);
    api.confirmStatuses = ['refunded'];
    await serve(api);
    const stripe = new FakeStripeJs();
    const element = await checkout({ stripe: async () => createStripeAdapter({ loadStripe: stripe.loadStripe }) });
    await phase(element, 'ready');
    const error = new Promise<SettlePaymentErrorEvent>((resolve) => element.addEventListener('settle-payment-error', resolve, { once: true }));
    part(element, 'pay-button')!.click();
    await phase(element, 'already_paid');
    expect((await error).detail).to.deep.include({ code: 'already_paid', retryable: false, paymentId: 'pay_1' });
    expect(shadowText(element, '[part~="status"]')).to.contain('already paid');
    expect(shadowText(element, '[part~="status"]')).not.to.match(/not completed|canceled|declined/i);
    await expect(element).to.be.accessible();
  });

  it('asks for autopay consent on an instalment and sends only the choice, never an amount', async () => {
    const api = new FakePaymentsApi();
    await serve(api);
    const element = await checkout({}, { option: 'instalment' });
    await phase(element, 'consent');
    await expect(element).to.be.accessible();
    const box = part(element, 'consent')!.querySelector('input[type="checkbox"]') as HTMLInputElement;
    box.click();
    (part(element, 'consent')!.querySelector('button') as HTMLButtonElement).click();
    await phase(element, 'ready');
    expect(api.creates[0]?.body).to.deep.equal({ option: 'instalment', provider: 'sandbox', autopay: true });
  });
});
