import type { ErrorCode } from '../errors.js';

/*
 * Every route of the Settle API: method, path under the creditor's mount point, who may
 * call it, its success status and the error codes it can answer. Kept free of zod so the
 * widget can ship it; each route's request and response schemas sit under the same name
 * in `schemas.ts`, which must name every route here (a missing one is a type error).
 */

/** Who may call a route: a debtor's session token, anybody (the token is in the body), or a provider's signed webhook. */
export type RouteAuth = 'session' | 'token' | 'signature';

export interface RouteEntry {
  readonly method: 'GET' | 'POST';
  readonly path: `/${string}`;
  readonly auth: RouteAuth;
  /** The status of a successful answer (a repeated create may answer 200 instead of 201). */
  readonly status: 200 | 201 | 202;
  readonly summary: string;
  /** The codes of `{ error: { code, message } }` this route can answer. */
  readonly errors: readonly ErrorCode[];
}

const ANY = ['method_not_allowed', 'internal'] as const;
const BODY = ['bad_request', 'unsupported_media_type', 'payload_too_large', 'request_timeout'] as const;
const SESSION = ['token_missing', 'token_invalid', 'token_expired', 'token_wrong_claim', 'identity_required'] as const;
const CLAIM = ['not_found', 'backend_failed', 'backend_invalid_claim'] as const;

export const API_ROUTES = {
  session: {
    method: 'POST', path: '/session', auth: 'token', status: 200,
    summary: 'Exchanges a link token for a session, or renews a session token; answers with the claim when the session may read it.',
    errors: [...ANY, ...BODY, 'token_invalid', 'token_expired'],
  },
  claim: {
    method: 'GET', path: '/claims/:claimId', auth: 'session', status: 200,
    summary: 'The itemized claim and its debtor-facing outcome.',
    errors: [...ANY, ...SESSION, ...CLAIM],
  },
  journey: {
    method: 'GET', path: '/journey', auth: 'session', status: 200,
    summary: 'The quiz, brand, texts, tone, support, facts and CSAT scale, and the options this claim can reach.',
    errors: [...ANY, ...SESSION, ...CLAIM],
  },
  quiz: {
    method: 'POST', path: '/quiz', auth: 'session', status: 200,
    summary: 'Scores the quiz answers into a segment and the options to show, in order.',
    errors: [...ANY, ...BODY, ...SESSION, ...CLAIM, 'rate_limited'],
  },
  offers: {
    method: 'GET', path: '/offers', auth: 'session', status: 200,
    summary: 'Signed offers the creditor\'s policy allows for the open balance.',
    errors: [...ANY, ...SESSION, ...CLAIM],
  },
  plans: {
    method: 'POST', path: '/plans', auth: 'session', status: 201,
    summary: 'Accepts a signed offer as a plan (200 with the same plan when the same offer is sent again).',
    errors: [...ANY, ...BODY, ...SESSION, ...CLAIM, 'offer_invalid', 'offer_stale', 'claim_settled', 'conflict'],
  },
  plan: {
    method: 'GET', path: '/plan', auth: 'session', status: 200,
    summary: 'The agreed plan with paid, due and missed instalments.',
    errors: [...ANY, ...SESSION, ...CLAIM],
  },
  planChanges: {
    method: 'POST', path: '/plan/changes', auth: 'session', status: 200,
    summary: 'Moves, pauses or skips an instalment within the plan\'s rules, once per Idempotency-Key.',
    errors: [...ANY, ...BODY, ...SESSION, ...CLAIM, 'conflict', 'plan_change_invalid'],
  },
  autopayRevoke: {
    method: 'POST', path: '/plan/autopay/revoke', auth: 'session', status: 200,
    summary: 'Switches autopay off for the plan.',
    errors: [...ANY, ...SESSION, ...CLAIM],
  },
  identity: {
    method: 'POST', path: '/identity', auth: 'session', status: 200,
    summary: 'Checks the debtor\'s answers (e.g. date of birth) and renews the session as verified.',
    errors: [...ANY, ...BODY, 'token_missing', 'token_invalid', 'token_expired', 'identity_failed', 'identity_locked', 'backend_failed'],
  },
  disputes: {
    method: 'POST', path: '/disputes', auth: 'session', status: 202,
    summary: 'Records a dispute; collection pauses until the creditor has reviewed it.',
    errors: [...ANY, ...BODY, ...SESSION, ...CLAIM, 'conflict', 'rate_limited'],
  },
  contactRequests: {
    method: 'POST', path: '/contact-requests', auth: 'session', status: 202,
    summary: 'Asks for a person, by phone, email, chat or callback.',
    errors: [...ANY, ...BODY, ...SESSION, 'consent_required', 'conflict', 'rate_limited'],
  },
  feedback: {
    method: 'POST', path: '/feedback', auth: 'session', status: 202,
    summary: 'A CSAT score on the creditor\'s scale, a comment and contact preferences; once per claim.',
    errors: [...ANY, ...BODY, ...SESSION, 'validation_failed', 'conflict'],
  },
  payments: {
    method: 'POST', path: '/payments', auth: 'session', status: 201,
    summary: 'Creates a provider payment for an amount the server computes; one per Idempotency-Key.',
    errors: [...ANY, ...BODY, ...SESSION, ...CLAIM, 'payment_invalid', 'claim_settled', 'provider_not_enabled', 'payment_in_progress', 'conflict', 'rate_limited', 'provider_failed'],
  },
  paymentsConfig: {
    method: 'GET', path: '/payments/config', auth: 'session', status: 200,
    summary: 'The enabled providers\' public checkout settings and bank transfer details.',
    errors: [...ANY, ...SESSION, ...CLAIM],
  },
  payment: {
    method: 'GET', path: '/payments/:paymentId', auth: 'session', status: 200,
    summary: 'A payment of the session\'s claim.',
    errors: [...ANY, ...SESSION, 'not_found'],
  },
  paymentConfirm: {
    method: 'POST', path: '/payments/:paymentId/confirm', auth: 'session', status: 200,
    summary: 'The browser reports a finished checkout; the status is fetched from the provider.',
    errors: [...ANY, ...SESSION, ...CLAIM, 'payment_in_progress', 'provider_failed'],
  },
  sandboxAuthorize: {
    method: 'POST', path: '/sandbox/payments/:reference/authorize', auth: 'token', status: 200,
    summary: 'The sandbox provider\'s test checkout: authorizes a sandbox payment with a scenario.',
    errors: [...ANY, ...BODY, 'not_found', 'conflict', 'payment_in_progress'],
  },
  stripeWebhook: {
    method: 'POST', path: '/webhooks/stripe', auth: 'signature', status: 200,
    summary: 'Stripe\'s signed payment events.',
    errors: [...ANY, 'bad_request', 'payload_too_large', 'request_timeout', 'not_found', 'webhook_invalid'],
  },
  paypalWebhook: {
    method: 'POST', path: '/webhooks/paypal', auth: 'signature', status: 200,
    summary: 'PayPal\'s signed payment events.',
    errors: [...ANY, 'bad_request', 'payload_too_large', 'request_timeout', 'not_found', 'webhook_invalid', 'provider_failed'],
  },
  sandboxWebhook: {
    method: 'POST', path: '/webhooks/sandbox', auth: 'signature', status: 200,
    summary: 'The sandbox provider\'s signed payment events, for tests.',
    errors: [...ANY, 'bad_request', 'payload_too_large', 'request_timeout', 'not_found', 'webhook_invalid'],
  },
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
