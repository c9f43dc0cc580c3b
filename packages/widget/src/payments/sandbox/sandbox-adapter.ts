import { html, nothing, render } from 'lit';
import type { AdapterContext, MountedAdapter, PaymentAdapter } from '../adapter.js';
import { authorizeSandboxPayment } from './sandbox-api.js';
import './sandbox-wallet.js';

/**
 * The offline sandbox provider: a wallet sheet drawn by Settle that behaves like a real
 * provider's (its own pay button, a decline, a challenge step), talking to the sandbox
 * provider on the Settle server. Used by the demo and tests; no real money moves.
 */
export function createSandboxAdapter(options: { fetch?: typeof fetch } = {}): PaymentAdapter {
  return {
    provider: 'sandbox',
    async mount(context: AdapterContext): Promise<MountedAdapter> {
      const client = context.payment.client;
      if (client?.provider !== 'sandbox') throw new Error('This payment has no sandbox reference.');
      // A fresh host per mount: Lit keeps its render state on the node it renders into.
      const host = document.createElement('div');
      host.dataset.settleSandbox = 'wallet';
      context.container.replaceChildren(host);
      render(
        html`<settle-sandbox-wallet
          .amount=${context.payment.amount}
          .locale=${context.locale}
          .t=${context.t}
          .authorize=${(scenario: string, challenge?: 'pass' | 'fail') =>
            authorizeSandboxPayment({ api: context.api, reference: client.reference, clientSecret: client.clientSecret, scenario, challenge, fetch: options.fetch })}
          .report=${context.report}
        ></settle-sandbox-wallet>`,
        host,
      );
      return {
        destroy() {
          render(nothing, host);
          context.container.replaceChildren();
        },
      };
    },
  };
}
