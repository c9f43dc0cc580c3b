import type { PaymentProviderName, RouteName } from '@settle/protocol';
import type { SettleContext } from '../context.js';
import { SettleError } from '../errors.js';
import { toHeaders } from '../http/incoming.js';
import { readText } from '../http/request-body.js';
import { json } from '../http/responses.js';
import type { Router } from '../http/router.js';
import type { PaymentProvider, ProviderEvent } from '../payments/provider.js';
import type { PaymentProviders } from '../payments/providers.js';
import { applyProviderReport } from '../payments/settlement.js';
import { loadRecordByReference } from '../payments/records.js';

/** Provider events can be larger than API requests; still bounded. */
const WEBHOOK_MAX_BYTES = 512 * 1024;

const WEBHOOKS: readonly [RouteName, PaymentProviderName][] = [
  ['stripeWebhook', 'stripe'],
  ['paypalWebhook', 'paypal'],
  ['sandboxWebhook', 'sandbox'],
];

/**
 * Provider webhooks: no session, the provider's signature instead, checked on the raw
 * body exactly as received. Verified payment events go through the same settlement as
 * the browser's confirmation, so both together still call the backend once.
 */
export function registerWebhookRoutes(router: Router, context: SettleContext, payments: PaymentProviders): void {
  for (const [route, name] of WEBHOOKS) {
    router.add(route, async (request) => {
      let provider: PaymentProvider;
      try {
        provider = payments.get(name);
      } catch {
        throw new SettleError('not_found', 'Not found.');
      }
      const rawBody = await readText(request, Math.max(WEBHOOK_MAX_BYTES, context.options.maxBodyBytes));
      // An event about a payment Settle never created costs no verification call to the provider.
      const claimed = provider.claimedReference?.(rawBody);
      if (claimed !== undefined && !(await loadRecordByReference(context.options.store, name, claimed))) {
        context.options.logger.warn(`${name} webhook rejected: it names a payment Settle did not create; not sent for verification`);
        throw new SettleError('webhook_invalid', 'The event is about a payment this service did not create.');
      }
      let event: ProviderEvent;
      try {
        event = await provider.parseWebhook(rawBody, toHeaders(request.headers));
      } catch (error) {
        if (error instanceof SettleError && error.code === 'webhook_invalid') {
          context.options.logger.warn(`${name} webhook rejected: ${error.message}`);
        }
        throw error;
      }
      if (event.kind === 'payment') await applyProviderReport(context, provider, event.payment, 'webhook');
      return json({ received: true });
    });
  }
}
