import type {
  PaymentIntent,
  PaymentIntentResult,
  Stripe,
  StripeConstructorOptions,
  StripeElements,
  StripeElementsOptionsClientSecret,
  StripeExpressCheckoutElementConfirmEvent,
  StripeExpressCheckoutElementOptions,
  StripePaymentElementOptions,
} from '@stripe/stripe-js';
import type { LoadStripe } from '../../src/payments/stripe/stripe-adapter.js';

type ConfirmOptions = Parameters<Stripe['confirmPayment']>[0];
type Handler = (event: never) => void;

/** How the fake answers `confirmPayment`, mirroring Stripe.js's documented results. */
export type FakeConfirmBehaviour =
  | { kind: 'succeed' }
  | { kind: 'decline'; declineCode: string }
  | { kind: 'validation' }
  /** A redirect-based method: Stripe.js navigates away and the promise never settles. */
  | { kind: 'redirect' };

/**
 * A fake of Stripe.js for tests, built on @stripe/stripe-js's own types: `elements()`,
 * the Payment and Express Checkout Elements (mounted as iframes, as Stripe does, so card
 * fields never exist in the page's DOM), their `ready` / `confirm` events, and
 * `confirmPayment` with `redirect: 'if_required'`. Inject it through the adapter's loader.
 */
export class FakeStripeJs {
  readonly loads: { publishableKey: string; options: StripeConstructorOptions | undefined }[] = [];
  readonly elementsOptions: StripeElementsOptionsClientSecret[] = [];
  readonly confirmCalls: ConfirmOptions[] = [];
  readonly mounted: { type: 'payment' | 'expressCheckout'; node: HTMLElement }[] = [];
  readonly created: { type: 'payment' | 'expressCheckout'; options: StripePaymentElementOptions | StripeExpressCheckoutElementOptions | undefined }[] = [];
  readonly destroyed: string[] = [];
  behaviours: FakeConfirmBehaviour[] = [];
  /** Milliseconds confirmPayment takes, like a real network round trip and 3-D Secure. */
  confirmDelayMs = 50;
  private expressConfirm: ((event: StripeExpressCheckoutElementConfirmEvent) => void) | undefined;

  /** Never resolves: a network that silently drops js.stripe.com. */
  static hangingLoader: LoadStripe = () => new Promise<Stripe | null>(() => undefined);

  readonly loadStripe: LoadStripe = async (publishableKey, options) => {
    this.loads.push({ publishableKey, options });
    return this.stripe;
  };

  private readonly stripe = {
    elements: (options: StripeElementsOptionsClientSecret): StripeElements => {
      this.elementsOptions.push(options);
      return this.createElements();
    },
    confirmPayment: async (options: ConfirmOptions): Promise<PaymentIntentResult> => {
      this.confirmCalls.push(options);
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

  /** The debtor approves in Apple Pay / Google Pay: fires the Express Checkout `confirm` event. */
  approveExpressCheckout(): StripeExpressCheckoutElementConfirmEvent {
    const event: StripeExpressCheckoutElementConfirmEvent = { expressPaymentType: 'apple_pay', paymentFailed: () => undefined };
    if (!this.expressConfirm) throw new Error('The Express Checkout Element is not mounted.');
    this.expressConfirm(event);
    return event;
  }

  private createElements(): StripeElements {
    const create = (type: 'payment' | 'expressCheckout', options?: StripePaymentElementOptions | StripeExpressCheckoutElementOptions) => {
      this.created.push({ type, options });
      const handlers = new Map<string, Handler[]>();
      let frame: HTMLIFrameElement | undefined;
      return {
        on: (event: string, handler: Handler) => {
          handlers.set(event, [...(handlers.get(event) ?? []), handler]);
          if (type === 'expressCheckout' && event === 'confirm') this.expressConfirm = handler as (event: StripeExpressCheckoutElementConfirmEvent) => void;
        },
        mount: (node: HTMLElement) => {
          // Stripe renders each Element as an iframe from js.stripe.com; its inputs live there.
          frame = document.createElement('iframe');
          frame.title = type === 'payment' ? 'Secure payment input frame' : 'Secure express checkout frame';
          frame.src = 'about:blank';
          node.append(frame);
          this.mounted.push({ type, node });
          setTimeout(() => {
            for (const handler of handlers.get('ready') ?? []) handler({ elementType: type } as never);
          }, 0);
        },
        destroy: () => {
          frame?.remove();
          this.destroyed.push(type);
        },
      };
    };
    return { create } as unknown as StripeElements;
  }
}
