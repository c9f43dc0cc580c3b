import { safeHttpUrl } from '../../core/safe-url.js';

/** The query parameter that carries Settle's payment id through a provider redirect. */
export const RETURN_PARAM = 'settle_payment';
/** What Stripe appends on return; removed so a reload does not look like a second return. */
const PROVIDER_PARAMS = ['payment_intent', 'payment_intent_client_secret', 'redirect_status', 'setup_intent', 'setup_intent_client_secret'];

/** Where a redirect-based method returns to: the page (or `return-url`) plus the payment id. */
export function returnUrlFor(configured: string | undefined, paymentId: string): string {
  const url = new URL(safeHttpUrl(configured) ?? window.location.href);
  url.hash = '';
  for (const name of PROVIDER_PARAMS) url.searchParams.delete(name);
  url.searchParams.set(RETURN_PARAM, paymentId);
  return url.href;
}

/**
 * The payment a provider redirect came back for, if any; the parameters are removed from
 * the address bar at once. Whether it succeeded is asked from the server, never read here.
 */
export function takeReturnedPayment(): string | undefined {
  const url = new URL(window.location.href);
  const paymentId = url.searchParams.get(RETURN_PARAM);
  if (!paymentId || !/^pay_[A-Za-z0-9]{1,64}$/.test(paymentId)) return undefined;
  url.searchParams.delete(RETURN_PARAM);
  for (const name of PROVIDER_PARAMS) url.searchParams.delete(name);
  history.replaceState(history.state, '', url.href);
  return paymentId;
}
