/*
 * Every route of the Settle API: its method and path under the creditor's mount point, all
 * a client needs to address it. Kept small and free of zod because the widget
 * ships it. The rest of each route's contract (who may call it, request and response
 * schemas, success status, error codes, summary) sits under the same name in `ROUTE_CONTRACTS`
 * (contracts.ts), which must name every route here: a missing one is a type error.
 */

export interface RouteEntry {
  readonly method: 'GET' | 'POST';
  readonly path: `/${string}`;
}

export const API_ROUTES = {
  session: { method: 'POST', path: '/session' },
  claim: { method: 'GET', path: '/claims/:claimId' },
  journey: { method: 'GET', path: '/journey' },
  quiz: { method: 'POST', path: '/quiz' },
  offers: { method: 'GET', path: '/offers' },
  monthlyPlans: { method: 'POST', path: '/offers/monthly' },
  plans: { method: 'POST', path: '/plans' },
  plan: { method: 'GET', path: '/plan' },
  planChanges: { method: 'POST', path: '/plan/changes' },
  autopayRevoke: { method: 'POST', path: '/plan/autopay/revoke' },
  identity: { method: 'POST', path: '/identity' },
  disputes: { method: 'POST', path: '/disputes' },
  contactRequests: { method: 'POST', path: '/contact-requests' },
  feedback: { method: 'POST', path: '/feedback' },
  reactions: { method: 'POST', path: '/reactions' },
  payments: { method: 'POST', path: '/payments' },
  paymentsConfig: { method: 'GET', path: '/payments/config' },
  payment: { method: 'GET', path: '/payments/:paymentId' },
  paymentConfirm: { method: 'POST', path: '/payments/:paymentId/confirm' },
  sandboxAuthorize: { method: 'POST', path: '/sandbox/payments/:reference/authorize' },
  stripeWebhook: { method: 'POST', path: '/webhooks/stripe' },
  paypalWebhook: { method: 'POST', path: '/webhooks/paypal' },
  sandboxWebhook: { method: 'POST', path: '/webhooks/sandbox' },
} as const satisfies Record<string, RouteEntry>;

export type RouteName = keyof typeof API_ROUTES;
export type RouteMethod<Name extends RouteName> = (typeof API_ROUTES)[Name]['method'];
export type RoutePath<Name extends RouteName> = (typeof API_ROUTES)[Name]['path'];

/** The `:name` segments of a path, e.g. `'paymentId'` for `/payments/:paymentId`. */
export type PathParamNames<Path extends string> = Path extends `${string}:${infer Param}/${infer Rest}` ? Param | PathParamNames<`/${Rest}`> : Path extends `${string}:${infer Param}` ? Param : never;
export type RouteParams<Name extends RouteName> = { [Param in PathParamNames<RoutePath<Name>>]: string };

export const ROUTE_NAMES = Object.keys(API_ROUTES) as RouteName[];
