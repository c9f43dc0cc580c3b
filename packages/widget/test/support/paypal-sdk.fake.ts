import type { PayPalButtonsComponent, PayPalButtonsComponentOptions, PayPalNamespace, PayPalScriptOptions } from '@paypal/paypal-js';
import type { LoadPayPal } from '../../src/payments/paypal/paypal-adapter.js';

/**
 * A fake of the PayPal JS SDK for tests, built on @paypal/paypal-js's own types:
 * `loadScript` resolves a namespace whose `Buttons` render an iframe (as PayPal's do) and
 * call the integration's `createOrder` / `onApprove` / `onCancel` like a payer would.
 */
export class FakePayPalSdk {
  readonly loads: PayPalScriptOptions[] = [];
  readonly createdOrders: string[] = [];
  private options: PayPalButtonsComponentOptions | undefined;

  readonly loadScript: LoadPayPal = async (options) => {
    this.loads.push(options);
    return this.namespace;
  };

  private readonly namespace: PayPalNamespace = {
    version: '5.0.0-fake',
    Buttons: (options?: PayPalButtonsComponentOptions): PayPalButtonsComponent => {
      this.options = options;
      let frame: HTMLIFrameElement | undefined;
      return {
        isEligible: () => true,
        render: async (container) => {
          frame = document.createElement('iframe');
          frame.title = 'PayPal';
          frame.src = 'about:blank';
          (typeof container === 'string' ? document.querySelector(container) : container)?.append(frame);
        },
        close: async () => {
          frame?.remove();
        },
        updateProps: async () => undefined,
        resume: () => undefined,
        hasReturned: () => false,
      };
    },
  };

  /** The payer clicks the PayPal button and approves in PayPal's window. */
  async payAndApprove(): Promise<string> {
    const options = this.requireOptions();
    const orderId = await options.createOrder!({ paymentSource: 'paypal' }, { order: {} as never });
    this.createdOrders.push(orderId);
    await options.onApprove!({ orderID: orderId, payerID: 'FAKEPAYER1', facilitatorAccessToken: 'fake' }, {} as never);
    return orderId;
  }

  /** The payer closes PayPal's window. */
  cancel(): void {
    this.requireOptions().onCancel!({}, {} as never);
  }

  private requireOptions(): PayPalButtonsComponentOptions {
    if (!this.options) throw new Error('PayPal Buttons were not rendered.');
    return this.options;
  }
}
