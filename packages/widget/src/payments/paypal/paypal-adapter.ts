import { loadScript as loadPayPalScript, type PayPalNamespace, type PayPalScriptOptions } from '@paypal/paypal-js';
import type { AdapterContext, MountedAdapter, PaymentAdapter } from '../adapter.js';

/** `loadScript`'s shape, so tests can inject a fake PayPal SDK built on the package's own types. */
export type LoadPayPal = (options: PayPalScriptOptions) => Promise<PayPalNamespace | null>;

/**
 * PayPal Buttons. The order is created by the Settle server (POST /payments) and captured
 * by it (POST /payments/:id/confirm): `createOrder` only hands PayPal the server's order
 * id, and `onApprove` only tells the checkout to ask the server. No client-side orders.
 */
export function createPayPalAdapter(options: { loadScript?: LoadPayPal } = {}): PaymentAdapter {
  const load = options.loadScript ?? loadPayPalScript;
  return {
    provider: 'paypal',
    async mount(context: AdapterContext, signal: AbortSignal): Promise<MountedAdapter> {
      const client = context.payment.client;
      if (client?.provider !== 'paypal') throw new Error('This payment has no PayPal order.');
      const paypal = await load({
        clientId: client.clientId,
        currency: context.payment.amount.currency,
        intent: 'capture',
        components: 'buttons',
        locale: paypalLocale(context.locale),
        ...(context.nonce ? { dataCspNonce: context.nonce } : {}),
      });
      if (!paypal?.Buttons) throw new Error('The PayPal SDK is not available.');
      signal.throwIfAborted();
      const orderId = client.orderId;
      const buttons = paypal.Buttons({
        style: { layout: 'vertical', label: 'pay', height: 48 },
        createOrder: async () => orderId,
        onApprove: async () => context.report({ kind: 'completed' }),
        onCancel: () => context.report({ kind: 'canceled' }),
        onError: (error) => context.report({ kind: 'failed', message: typeof error.message === 'string' ? error.message : 'PayPal reported an error.' }),
      });
      if (!buttons.isEligible()) throw new Error('PayPal is not available for this payment.');
      const host = document.createElement('div');
      host.dataset.settlePaypal = 'buttons';
      context.container.replaceChildren(host);
      await buttons.render(host);
      return {
        destroy() {
          void buttons.close().catch(() => undefined);
          context.container.replaceChildren();
        },
      };
    },
  };
}

/** PayPal wants `de_DE`-style locales; without a region it picks one from the browser. */
function paypalLocale(locale: string): string | undefined {
  const [language, region] = locale.split('-');
  if (language === 'de') return `de_${region ?? 'DE'}`;
  if (language === 'en') return `en_${region ?? 'US'}`;
  return undefined;
}
