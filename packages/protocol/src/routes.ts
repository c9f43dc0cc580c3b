/** Paths under the creditor's Settle mount point (e.g. https://pay.creditor.example/settle). */
export const ROUTES = {
  session: '/session',
  claim: '/claims/:claimId',
  journey: '/journey',
  quiz: '/quiz',
  offers: '/offers',
  plans: '/plans',
  plan: '/plan',
  planChanges: '/plan/changes',
  autopayRevoke: '/plan/autopay/revoke',
  identity: '/identity',
  disputes: '/disputes',
  contactRequests: '/contact-requests',
  feedback: '/feedback',
  reactions: '/reactions',
  payments: '/payments',
  paymentsConfig: '/payments/config',
  payment: '/payments/:paymentId',
  paymentConfirm: '/payments/:paymentId/confirm',
  sandboxAuthorize: '/sandbox/payments/:reference/authorize',
  stripeWebhook: '/webhooks/stripe',
  paypalWebhook: '/webhooks/paypal',
  sandboxWebhook: '/webhooks/sandbox',
} as const;

/** Fills `:name` segments of a route with URL-encoded values. */
export function routePath(pattern: string, params: Record<string, string> = {}): string {
  return pattern.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new TypeError(`routePath: missing ${name} for ${pattern}`);
    return encodeURIComponent(value);
  });
}
