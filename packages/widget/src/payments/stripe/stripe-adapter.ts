import { ROUTES, type CheckoutProvider, type PaymentFailureReason, type PaymentResponse, type Wallet } from '@settle/protocol';
import type { Stripe, StripeConstructorOptions, StripeElementLocale, StripeError } from '@stripe/stripe-js';
import { loadStripe as loadStripeJs } from '@stripe/stripe-js/pure';
import type { AdapterContext, AdapterOutcome, ExpressContext, MountedAdapter, PaymentAdapter } from '../adapter.js';

/** `loadStripe`'s shape, so tests can inject a fake Stripe.js built on the package's own types. */
export type LoadStripe = (publishableKey: string, options?: StripeConstructorOptions) => Promise<Stripe | null>;

/**
 * Stripe's Payment Element (cards, SEPA, bank methods) and Express Checkout Element
 * (Apple Pay, Google Pay), mounted in the light-DOM container the checkout owns: Stripe
 * Elements cannot mount inside a shadow root. Card data stays inside Stripe's frames.
 * `express` puts Apple Pay / Google Pay on the first screen as well.
 * `@stripe/stripe-js/pure` injects js.stripe.com only when `loadStripe` runs.
 */
export function createStripeAdapter(options: { loadStripe?: LoadStripe } = {}): PaymentAdapter {
  const load = options.loadStripe ?? loadStripeJs;
  return {
    provider: 'stripe',
    async mount(context: AdapterContext, signal: AbortSignal): Promise<MountedAdapter> {
      const client = context.payment.client;
      if (client?.provider !== 'stripe') throw new Error('This payment has no Stripe client secret.');
      const locale = stripeLocale(context.locale);
      const stripe = await load(client.publishableKey, { locale });
      if (!stripe) throw new Error('Stripe.js is not available in this environment.');
      signal.throwIfAborted();

      const elements = stripe.elements({ clientSecret: client.clientSecret, locale });
      const expressHost = document.createElement('div');
      expressHost.dataset.settleStripe = 'express-checkout';
      const paymentHost = document.createElement('div');
      paymentHost.dataset.settleStripe = 'payment-element';
      context.container.replaceChildren(expressHost, paymentHost);

      const confirm = async (): Promise<AdapterOutcome> => {
        const result = await stripe.confirmPayment({ elements, confirmParams: { return_url: context.returnUrl }, redirect: 'if_required' });
        return result.error ? outcomeOf(result.error) : { kind: 'completed' };
      };

      // Only the wallets the creditor enabled on the server; none, no Express Checkout at all.
      const wallets = context.provider?.provider === 'stripe' ? context.provider.wallets : [];
      const express = wallets.length > 0 ? elements.create('expressCheckout', { buttonHeight: 48, paymentMethods: walletsOffered(wallets) }) : undefined;
      express?.on('confirm', (event) => {
        void confirm().then((outcome) => {
          if (outcome.kind !== 'completed') event.paymentFailed({ reason: 'fail' });
          context.report(outcome);
        });
      });
      if (express) express.mount(expressHost);
      else expressHost.remove();

      const paymentElement = elements.create('payment', { layout: 'tabs' });
      const ready = new Promise<void>((resolve, reject) => {
        paymentElement.on('ready', () => resolve());
        paymentElement.on('loaderror', (event) => reject(new Error(event.error.message ?? 'The Payment Element failed to load.')));
      });
      paymentElement.mount(paymentHost);
      await ready;

      return {
        pay: confirm,
        destroy() {
          express?.destroy();
          paymentElement.destroy();
          context.container.replaceChildren();
        },
      };
    },
    // The first screen hands in the creditor's Stripe entry.
    express: (provider, context) => mountExpress(load, provider as Extract<CheckoutProvider, { provider: 'stripe' }>, context),
  };
}

/**
 * The first screen's Apple Pay / Google Pay: the Express Checkout Element without an intent
 * yet (`mode: 'payment'` for the server's open total), so nothing is created on the server
 * until the debtor approves in the wallet sheet. Then the server creates the payment (and
 * computes its amount), and Stripe confirms it with that payment's client secret.
 */
async function mountExpress(load: LoadStripe, provider: Extract<CheckoutProvider, { provider: 'stripe' }>, context: ExpressContext): Promise<boolean> {
  const { host, amount } = context;
  if (!amount?.amount) return false;
  // Null only outside a browser; then `elements` throws and the box stays empty.
  const stripe = (await load(provider.publishableKey, { locale: stripeLocale(context.locale) })) as Stripe;
  const container = document.createElement('div');
  container.slot = 'express';
  // Laid out in the box but unseen until Stripe says a wallet shows, as Stripe advises.
  container.style.visibility = 'hidden';
  host.append(container);
  // The locale given to Stripe.js holds for its Elements too.
  const elements = stripe.elements({ mode: 'payment', amount: amount.amount, currency: amount.currency.toLowerCase() });
  // Stripe's default button height is the box's (44 px); one row, so its arrival moves nothing.
  const express = elements.create('expressCheckout', { layout: { maxRows: 1 }, paymentMethods: walletsOffered(provider.wallets) });
  const remove = () => {
    express.destroy();
    container.remove();
  };
  express.on('confirm', (event) => {
    const fail = () => event.paymentFailed();
    const pay = async () => {
      if ((await elements.submit()).error) return fail();
      const { payment } = await context.client.request<PaymentResponse>('POST', ROUTES.payments, { body: { option: 'full', provider: 'stripe' }, idempotencyKey: `chk_${crypto.randomUUID()}` });
      // The sheet showed `amount`: a payment for any other sum (the claim changed meanwhile) is not confirmed.
      if (payment.amount.amount !== amount.amount) return fail();
      const result = await stripe.confirmPayment({
        elements,
        clientSecret: (payment.client as { clientSecret: string }).clientSecret,
        confirmParams: { return_url: location.href },
        redirect: 'if_required',
      });
      if (result.error) return fail();
      remove();
      context.paid(payment.id);
    };
    pay().catch(fail);
  });
  // The sheet opens only once this resolves (within 1 s, Stripe says): at once, with the server's open total.
  express.on('click', (event) => event.resolve({ lineItems: [{ name: context.payee, amount: amount.amount }] }));
  const shown = await new Promise<boolean>((resolve) => {
    // Stripe names the buttons that render, or nothing when none will; an element that
    // cannot load gives the box to the next wallet, as when Stripe.js itself cannot.
    express.on('ready', (event) => resolve(event.availablePaymentMethods !== undefined));
    express.on('loaderror', () => resolve(false));
    express.mount(container);
  });
  if (shown) container.style.visibility = '';
  else remove();
  return shown;
}

/** Stripe's wallets for those the creditor enabled on the server; every other one never. */
function walletsOffered(wallets: readonly Wallet[]) {
  const offer = (wallet: Wallet) => (wallets.includes(wallet) ? ('auto' as const) : ('never' as const));
  return { applePay: offer('apple_pay'), googlePay: offer('google_pay'), link: offer('link'), paypal: 'never', amazonPay: 'never', klarna: 'never' } as const;
}

function stripeLocale(locale: string): StripeElementLocale {
  const language = locale.split('-')[0];
  return language === 'de' || language === 'en' ? language : 'auto';
}

const DECLINES: Record<string, PaymentFailureReason> = {
  insufficient_funds: 'insufficient_funds',
  expired_card: 'expired_card',
  incorrect_cvc: 'incorrect_details',
  incorrect_number: 'incorrect_details',
  incorrect_zip: 'incorrect_details',
  payment_intent_authentication_failure: 'authentication_failed',
  authentication_required: 'authentication_failed',
  processing_error: 'processing_error',
};

/** Stripe's own errors: validation stays in the Payment Element; declines get Settle's reasons. */
function outcomeOf(error: StripeError): AdapterOutcome {
  if (error.type === 'validation_error') return { kind: 'incomplete' };
  // E.g. already paid in another tab: the server knows what really happened.
  if (error.code === 'payment_intent_unexpected_state') return { kind: 'completed' };
  if (error.type === 'card_error' || error.code === 'payment_intent_authentication_failure') {
    return { kind: 'declined', reason: DECLINES[error.decline_code ?? ''] ?? DECLINES[error.code ?? ''] ?? 'card_declined' };
  }
  return { kind: 'failed', message: error.message ?? error.type };
}
