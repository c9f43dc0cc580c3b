/*
 * Every route of the Settle API: method, path under the creditor's mount point and who may
 * call it; all a client needs to address it. Kept small and free of zod because the widget
 * ships it. The rest of each route's contract (request and response schemas, success
 * status, error codes, summary) sits under the same name in `ROUTE_CONTRACTS`
 * (contracts.ts), which must name every route here: a missing one is a type error.
 */

/** Who may call a route: a debtor's session token, anybody (the token is in the body), or a provider's signed webhook. */
export type RouteAuth = 'session' | 'token' | 'signature';

export interface RouteEntry {
  readonly method: 'GET' | 'POST';
  readonly path: `/${string}`;
  readonly auth: RouteAuth;
}

export const API_ROUTES = {
  session: { method: 'POST', path: '/session', auth: 'token' },
  claim: { method: 'GET', path: '/claims/:claimId', auth: 'session' },
  journey: { method: 'GET', path: '/journey', auth: 'session' },
  quiz: { method: 'POST', path: '/quiz', auth: 'session' },
  offers: { method: 'GET', path: '/offers', auth: 'session' },
  plans: { method: 'POST', path: '/plans', auth: 'session' },
  plan: { method: 'GET', path: '/plan', auth: 'session' },
  planChanges: { method: 'POST', path: '/plan/changes', auth: 'session' },
  autopayRevoke: { method: 'POST', path: '/plan/autopay/revoke', auth: 'session' },
  identity: { method: 'POST', path: '/identity', auth: 'session' },
  disputes: { method: 'POST', path: '/disputes', auth: 'session' },
  contactRequests: { method: 'POST', path: '/contact-requests', auth: 'session' },
  feedback: { method: 'POST', path: '/feedback', auth: 'session' },
  payments: { method: 'POST', path: '/payments', auth: 'session' },
  paymentsConfig: { method: 'GET', path: '/payments/config', auth: 'session' },
  payment: { method: 'GET', path: '/payments/:paymentId', auth: 'session' },
  paymentConfirm: { method: 'POST', path: '/payments/:paymentId/confirm', auth: 'session' },
  sandboxAuthorize: { method: 'POST', path: '/sandbox/payments/:reference/authorize', auth: 'token' },
  stripeWebhook: { method: 'POST', path: '/webhooks/stripe', auth: 'signature' },
  paypalWebhook: { method: 'POST', path: '/webhooks/paypal', auth: 'signature' },
  sandboxWebhook: { method: 'POST', path: '/webhooks/sandbox', auth: 'signature' },
} as const satisfies Record<string, RouteEntry>;

export type RouteName = keyof typeof API_ROUTES;
export type RouteMethod<Name extends RouteName> = (typeof API_ROUTES)[Name]['method'];
export type RoutePath<Name extends RouteName> = (typeof API_ROUTES)[Name]['path'];

/** The `:name` segments of a path, e.g. `'paymentId'` for `/payments/:paymentId`. */
export type PathParamNames<Path extends string> = Path extends `${string}:${infer Param}/${infer Rest}`
  ? Param | PathParamNames<`/${Rest}`>
  : Path extends `${string}:${infer Param}`
    ? Param
    : never;
export type RouteParams<Name extends RouteName> = { [Param in PathParamNames<RoutePath<Name>>]: string };

export const ROUTE_NAMES = Object.keys(API_ROUTES) as RouteName[];
