import type {
  ClickResolveDetails,
  ExpressPaymentType,
  PaymentIntent,
  PaymentIntentResult,
  Stripe,
  StripeConstructorOptions,
  StripeElements,
  StripeElementsOptionsClientSecret,
  StripeElementsOptionsMode,
  StripeError,
  StripeExpressCheckoutElementClickEvent,
  StripeExpressCheckoutElementConfirmEvent,
  StripeExpressCheckoutElementOptions,
  StripeExpressCheckoutElementReadyEvent,
  StripePaymentElementOptions,
} from '@stripe/stripe-js';
import type { LoadStripe } from '../../src/payments/stripe/stripe-adapter.js';

type ConfirmOptions = Parameters<Stripe['confirmPayment']>[0];
type Handler = (event: never) => void;
type AvailablePaymentMethods = NonNullable<StripeExpressCheckoutElementReadyEvent['availablePaymentMethods']>;

/** How the fake answers `confirmPayment`, mirroring Stripe.js's documented results. */
export type FakeConfirmBehaviour =
  | { kind: 'succeed' }
  | { kind: 'decline'; declineCode: string }
  | { kind: 'validation' }
  /** A redirect-based method: Stripe.js navigates away and the promise never settles. */
  | { kind: 'redirect' };

/** One mounted Express Checkout Element: its handlers, as the page registered them. */
interface ExpressElement {
  handlers: Map<string, Handler[]>;
  fire(event: string, payload: unknown): void;
}

/**
 * A fake of Stripe.js for tests, built on @stripe/stripe-js's own types: `elements()` with
 * a client secret or without an intent yet (`mode: 'payment'`, then `submit()` must come
 * before `confirmPayment`, as Stripe requires), the Payment and Express Checkout Elements
 * (mounted as iframes, as Stripe does, so card fields never exist in the page's DOM), the
 * Express Checkout Element's `ready` (with `availablePaymentMethods`, undefined when this
 * "browser" has none of the wallets asked for) or instead `loaderror` (`expressLoadError`),
 * `click` (a handler must `resolve` within 1 s or the sheet stays shut; what it resolved
 * with is kept), `confirm` and `cancel`, and `confirmPayment` with
 * `redirect: 'if_required'`. Inject it through the adapter's loader, or as `window.Stripe`
 * (`windowStripe`) behind a served js.stripe.com script.
 */
export class FakeStripeJs {
  readonly loads: { publishableKey: string; options: StripeConstructorOptions | undefined }[] = [];
  readonly elementsOptions: (StripeElementsOptionsClientSecret | StripeElementsOptionsMode)[] = [];
  readonly confirmCalls: ConfirmOptions[] = [];
  readonly mounted: { type: 'payment' | 'expressCheckout'; node: HTMLElement }[] = [];
  readonly created: { type: 'payment' | 'expressCheckout'; options: StripePaymentElementOptions | StripeExpressCheckoutElementOptions | undefined }[] = [];
  readonly destroyed: string[] = [];
  /** What each Express Checkout Element reported as ready. */
  readonly readyEvents: StripeExpressCheckoutElementReadyEvent[] = [];
  /** `elements.submit()` calls, in order with `confirmPayment` calls (`'submit'` / `'confirm'`). */
  readonly calls: ('submit' | 'confirm')[] = [];
  /** What each `click` handler resolved with: the sheet's line items, among others. */
  readonly clickResolutions: (ClickResolveDetails | undefined)[] = [];
  /** Set, the Express Checkout Element fails to load (e.g. an unknown key): `loaderror` with it instead of `ready`. */
  expressLoadError: StripeError | undefined;
  /** What the page told the wallet sheet through `paymentFailed`. */
  readonly expressFailures: unknown[] = [];
  /** The wallets this "browser" has (Safari: Apple Pay; Chrome: Google Pay; none: neither). */
  browserWallets: (keyof AvailablePaymentMethods)[] = ['applePay'];
  behaviours: FakeConfirmBehaviour[] = [];
  /** Milliseconds confirmPayment takes, like a real network round trip and 3-D Secure. */
  confirmDelayMs = 50;
  private express: ExpressElement | undefined;

  /** Never resolves: a network that silently drops js.stripe.com. */
  static hangingLoader: LoadStripe = () => new Promise<Stripe | null>(() => undefined);

  readonly loadStripe: LoadStripe = async (publishableKey, options) => this.windowStripe(publishableKey, options);

  /** What js.stripe.com defines as `window.Stripe`. */
  readonly windowStripe = (publishableKey: string, options?: StripeConstructorOptions): Stripe => {
    this.loads.push({ publishableKey, options });
    return this.stripe;
  };

  private readonly stripe = {
    elements: (options: StripeElementsOptionsClientSecret | StripeElementsOptionsMode): StripeElements => {
      this.elementsOptions.push(options);
      return this.createElements();
    },
    confirmPayment: async (options: ConfirmOptions): Promise<PaymentIntentResult> => {
      this.confirmCalls.push(options);
      this.calls.push('confirm');
      const deferred = options.elements && this.deferred.get(options.elements);
      if (deferred && !options.clientSecret) throw new Error('IntegrationError: stripe.confirmPayment() needs a clientSecret for Elements created without one.');
      if (deferred && !this.calls.slice(0, -1).includes('submit')) throw new Error('IntegrationError: elements.submit() must be called before stripe.confirmPayment().');
      const behaviour = this.behaviours.shift() ?? { kind: 'succeed' };
      if (behaviour.kind === 'redirect') return new Promise<PaymentIntentResult>(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, this.confirmDelayMs));
      if (behaviour.kind === 'decline') {
        return { error: { type: 'card_error', code: 'card_declined', decline_code: behaviour.declineCode, message: 'Your card was declined.' } };
      }
      if (behaviour.kind === 'validation') return { error: { type: 'validation_error', code: 'incomplete_number', message: 'Your card number is incomplete.' } };
      return { paymentIntent: { id: 'pi_fake', object: 'payment_intent', status: 'succeeded' } as PaymentIntent };
    },
  } as unknown as Stripe;

  /** Elements groups created without an intent (`mode`), which Stripe confirms only after `submit()`. */
  private readonly deferred = new WeakMap<StripeElements, boolean>();

  /**
   * The debtor taps a wallet button: `click` handlers run first and must `resolve` within
   * 1 s, as Stripe requires, or the sheet stays shut (this throws).
   */
  async tapWallet(expressPaymentType: ExpressPaymentType = 'apple_pay'): Promise<void> {
    const express = this.expressElement();
    const handlers = express.handlers.get('click') ?? [];
    if (handlers.length === 0) return;
    const opened = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('click was not resolved within 1 s: the wallet sheet stays shut')), 1000);
      const event: StripeExpressCheckoutElementClickEvent = {
        elementType: 'expressCheckout',
        expressPaymentType,
        resolve: (details) => {
          clearTimeout(timer);
          this.clickResolutions.push(details);
          resolve();
        },
        reject: () => {
          clearTimeout(timer);
          reject(new Error('the page rejected the click'));
        },
      };
      express.fire('click', event);
    });
    await opened;
  }

  /** The debtor approves in Apple Pay / Google Pay: fires the Express Checkout `confirm` event. */
  approveExpressCheckout(expressPaymentType: ExpressPaymentType = 'apple_pay'): StripeExpressCheckoutElementConfirmEvent {
    const event = {
      elementType: 'expressCheckout',
      expressPaymentType,
      paymentFailed: (payload?: unknown) => {
        this.expressFailures.push(payload ?? {});
      },
    } as StripeExpressCheckoutElementConfirmEvent;
    this.expressElement().fire('confirm', event);
    return event;
  }

  /** The debtor closes the wallet sheet: fires `cancel`. */
  dismissExpressCheckout(): void {
    this.expressElement().fire('cancel', { elementType: 'expressCheckout' });
  }

  private expressElement(): ExpressElement {
    if (!this.express) throw new Error('The Express Checkout Element is not mounted.');
    return this.express;
  }

  /** What Stripe would render: the asked-for wallets this browser has, or undefined when none. */
  private available(options: StripeExpressCheckoutElementOptions | undefined): AvailablePaymentMethods | undefined {
    const asked = options?.paymentMethods ?? {};
    const methods = { applePay: false, googlePay: false, link: false, paypal: false, amazonPay: false, klarna: false };
    for (const wallet of this.browserWallets) methods[wallet] = asked[wallet] !== 'never';
    return Object.values(methods).includes(true) ? methods : undefined;
  }

  private createElements(): StripeElements {
    const create = (type: 'payment' | 'expressCheckout', options?: StripePaymentElementOptions | StripeExpressCheckoutElementOptions) => {
      this.created.push({ type, options });
      const handlers = new Map<string, Handler[]>();
      const element: ExpressElement = {
        handlers,
        fire: (event, payload) => {
          for (const handler of handlers.get(event) ?? []) handler(payload as never);
        },
      };
      let frame: HTMLIFrameElement | undefined;
      return {
        on: (event: string, handler: Handler) => {
          handlers.set(event, [...(handlers.get(event) ?? []), handler]);
        },
        mount: (node: HTMLElement) => {
          // Stripe renders each Element as an iframe from js.stripe.com; its inputs live there.
          frame = document.createElement('iframe');
          frame.title = type === 'payment' ? 'Secure payment input frame' : 'Secure express checkout frame';
          frame.src = 'about:blank';
          const loadError = type === 'expressCheckout' ? this.expressLoadError : undefined;
          const available = type === 'expressCheckout' && !loadError ? this.available(options as StripeExpressCheckoutElementOptions | undefined) : undefined;
          if (type === 'expressCheckout') {
            // Stripe's buttons are `buttonHeight` tall (44 px by default), one row here; no wallet, no button.
            frame.style.cssText = `display:block;border:0;inline-size:100%;block-size:${available ? ((options as StripeExpressCheckoutElementOptions | undefined)?.buttonHeight ?? 44) : 0}px`;
            this.express = element;
          }
          node.append(frame);
          this.mounted.push({ type, node });
          setTimeout(() => {
            if (loadError) return element.fire('loaderror', { elementType: type, error: loadError });
            if (type === 'expressCheckout') this.readyEvents.push({ elementType: 'expressCheckout', availablePaymentMethods: available });
            element.fire('ready', type === 'expressCheckout' ? { elementType: type, availablePaymentMethods: available } : { elementType: type });
          }, 0);
        },
        destroy: () => {
          frame?.remove();
          this.destroyed.push(type);
        },
      };
    };
    const elements = {
      create,
      submit: async () => {
        this.calls.push('submit');
        return {};
      },
    } as unknown as StripeElements;
    const options = this.elementsOptions.at(-1);
    if (options && 'mode' in options) this.deferred.set(elements, true);
    return elements;
  }
}
