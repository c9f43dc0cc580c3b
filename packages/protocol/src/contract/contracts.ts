import * as z from 'zod/mini';
import { ClaimResponse } from '../api/claim.js';
import { ContactRequest, ContactResponse } from '../api/contact.js';
import { DisputeRequest, DisputeResponse } from '../api/dispute.js';
import { FeedbackRequest, FeedbackResponse } from '../api/feedback.js';
import { IdentityRequest } from '../api/identity.js';
import { JourneyResponse } from '../api/journey.js';
import { MonthlyPlansRequest, MonthlyPlansResponse, OffersResponse } from '../api/offers.js';
import { CheckoutConfig, CreatePaymentRequest, PaymentResponse, SandboxAuthorizeRequest, SandboxAuthorizeResponse } from '../api/payments.js';
import { AcceptOfferRequest, PlanChangeRequest, PlanResponse } from '../api/plans.js';
import { QuizRequest, QuizResponse } from '../api/quiz.js';
import { ReactionRequest } from '../api/reactions.js';
import { SessionRequest, SessionResponse } from '../api/session.js';
import type { ErrorCode } from '../errors.js';
import type { RouteName } from './routes.js';

/** A provider's webhook body is the provider's own JSON, verified by its signature on the raw bytes. */
export const WebhookBody = z.record(z.string(), z.unknown());
export const WebhookReceived = z.object({ received: z.literal(true) });

/** Who may call a route: a debtor's session token, anybody (the token is in the body), or a provider's signed webhook. */
export type RouteAuth = 'session' | 'token' | 'signature';

export interface RouteContract {
  readonly auth: RouteAuth;
  /** The JSON body the route parses; null when it reads none. */
  readonly request: z.ZodMiniType | null;
  /** The JSON a success answers; null for a 204 without a body. */
  readonly response: z.ZodMiniType | null;
  /** The status of a successful answer (a repeated create may answer 200 instead of 201). */
  readonly status: 200 | 201 | 202 | 204;
  readonly summary: string;
  /** The codes of `{ error: { code, message } }` this route can answer. */
  readonly errors: readonly ErrorCode[];
}

/** The rest of each route's contract, under its name in `API_ROUTES`. */
const ANY = ['method_not_allowed', 'internal'] as const;
const BODY = ['bad_request', 'unsupported_media_type', 'payload_too_large', 'request_timeout'] as const;
const SESSION = ['token_missing', 'token_invalid', 'token_expired', 'token_wrong_claim', 'identity_required'] as const;
const CLAIM = ['not_found', 'backend_failed', 'backend_invalid_claim'] as const;

export const ROUTE_CONTRACTS = {
  session: {
    auth: 'token',
    request: SessionRequest,
    response: SessionResponse,
    status: 200,
    summary: 'Exchanges a link token for a session, or renews a session token; answers with the claim when the session may read it.',
    // With per-claim settings the claim is read at the exchange: its identity check and tone are settled there.
    errors: [...ANY, ...BODY, 'token_invalid', 'token_expired', ...CLAIM],
  },
  claim: {
    auth: 'session',
    request: null,
    response: ClaimResponse,
    status: 200,
    summary: 'The itemized claim and its debtor-facing outcome.',
    errors: [...ANY, ...SESSION, ...CLAIM],
  },
  journey: {
    auth: 'session',
    request: null,
    response: JourneyResponse,
    status: 200,
    summary: 'The quiz, brand, texts, tone, support, facts and CSAT scale, and the options this claim can reach.',
    errors: [...ANY, ...SESSION, ...CLAIM],
  },
  quiz: {
    auth: 'session',
    request: QuizRequest,
    response: QuizResponse,
    status: 200,
    summary: 'Scores the quiz answers into a segment and the options to show, in order.',
    errors: [...ANY, ...BODY, ...SESSION, ...CLAIM, 'rate_limited'],
  },
  offers: {
    auth: 'session',
    request: null,
    response: OffersResponse,
    status: 200,
    summary: "Signed offers the creditor's policy allows for the open balance.",
    errors: [...ANY, ...SESSION, ...CLAIM],
  },
  monthlyPlans: {
    auth: 'session',
    request: MonthlyPlansRequest,
    response: MonthlyPlansResponse,
    status: 200,
    summary: 'The plans within a signed instalment offer whose instalments, at the frequency asked for (monthly by default), fit what the debtor could pay each time.',
    errors: [...ANY, ...BODY, ...SESSION, ...CLAIM, 'offer_invalid', 'offer_stale', 'amount_below_minimum', 'validation_failed'],
  },
  plans: {
    auth: 'session',
    request: AcceptOfferRequest,
    response: PlanResponse,
    status: 201,
    summary: 'Accepts a signed offer as a plan (200 with the same plan when the same offer is sent again).',
    errors: [...ANY, ...BODY, ...SESSION, ...CLAIM, 'offer_invalid', 'offer_stale', 'claim_settled', 'conflict'],
  },
  plan: {
    auth: 'session',
    request: null,
    response: PlanResponse,
    status: 200,
    summary: 'The agreed plan with paid, due and missed instalments.',
    errors: [...ANY, ...SESSION, ...CLAIM],
  },
  planChanges: {
    auth: 'session',
    request: PlanChangeRequest,
    response: PlanResponse,
    status: 200,
    summary: "Moves, pauses or skips an instalment within the plan's rules, once per Idempotency-Key.",
    errors: [...ANY, ...BODY, ...SESSION, ...CLAIM, 'conflict', 'plan_change_invalid'],
  },
  autopayRevoke: {
    auth: 'session',
    request: null,
    response: PlanResponse,
    status: 200,
    summary: 'Switches autopay off for the plan.',
    errors: [...ANY, ...SESSION, ...CLAIM],
  },
  identity: {
    auth: 'session',
    request: IdentityRequest,
    response: SessionResponse,
    status: 200,
    summary: "Checks the debtor's answers (e.g. date of birth) and renews the session as verified.",
    errors: [...ANY, ...BODY, 'token_missing', 'token_invalid', 'token_expired', 'identity_failed', 'identity_locked', ...CLAIM],
  },
  disputes: {
    auth: 'session',
    request: DisputeRequest,
    response: DisputeResponse,
    status: 202,
    summary: 'Records a dispute; collection pauses until the creditor has reviewed it.',
    errors: [...ANY, ...BODY, ...SESSION, ...CLAIM, 'conflict', 'rate_limited'],
  },
  contactRequests: {
    auth: 'session',
    request: ContactRequest,
    response: ContactResponse,
    status: 202,
    summary: 'Asks for a person, by phone, email, chat or callback.',
    errors: [...ANY, ...BODY, ...SESSION, 'consent_required', 'contact_unavailable', 'conflict', 'rate_limited'],
  },
  feedback: {
    auth: 'session',
    request: FeedbackRequest,
    response: FeedbackResponse,
    status: 202,
    summary: "A CSAT score on the creditor's scale, a comment and contact preferences; once per claim.",
    errors: [...ANY, ...BODY, ...SESSION, 'validation_failed', 'conflict'],
  },
  reactions: {
    auth: 'session',
    request: ReactionRequest,
    response: null,
    status: 204,
    summary: "What the debtor's screen saw or chose (the claim, a step, an option); each reaches the creditor once per session. Needs no identity check.",
    errors: [...ANY, ...BODY, 'token_missing', 'token_invalid', 'token_expired', 'rate_limited'],
  },
  payments: {
    auth: 'session',
    request: CreatePaymentRequest,
    response: PaymentResponse,
    status: 201,
    summary: 'Creates a provider payment for an amount the server computes; one per Idempotency-Key.',
    errors: [...ANY, ...BODY, ...SESSION, ...CLAIM, 'payment_invalid', 'claim_settled', 'provider_not_enabled', 'payment_in_progress', 'conflict', 'rate_limited', 'provider_failed'],
  },
  paymentsConfig: {
    auth: 'session',
    request: null,
    response: CheckoutConfig,
    status: 200,
    summary: "The enabled providers' public checkout settings and bank transfer details.",
    errors: [...ANY, ...SESSION, ...CLAIM],
  },
  payment: {
    auth: 'session',
    request: null,
    response: PaymentResponse,
    status: 200,
    summary: "A payment of the session's claim.",
    errors: [...ANY, ...SESSION, 'not_found'],
  },
  paymentConfirm: {
    auth: 'session',
    request: null,
    response: PaymentResponse,
    status: 200,
    summary: 'The browser reports a finished checkout; the status is fetched from the provider.',
    errors: [...ANY, ...SESSION, ...CLAIM, 'payment_in_progress', 'provider_failed'],
  },
  sandboxAuthorize: {
    auth: 'token',
    request: SandboxAuthorizeRequest,
    response: SandboxAuthorizeResponse,
    status: 200,
    summary: "The sandbox provider's test checkout: authorizes a sandbox payment with a scenario.",
    errors: [...ANY, ...BODY, 'not_found', 'conflict', 'payment_in_progress'],
  },
  stripeWebhook: {
    auth: 'signature',
    request: WebhookBody,
    response: WebhookReceived,
    status: 200,
    summary: "Stripe's signed payment events.",
    errors: [...ANY, 'bad_request', 'payload_too_large', 'request_timeout', 'not_found', 'webhook_invalid'],
  },
  paypalWebhook: {
    auth: 'signature',
    request: WebhookBody,
    response: WebhookReceived,
    status: 200,
    summary: "PayPal's signed payment events.",
    errors: [...ANY, 'bad_request', 'payload_too_large', 'request_timeout', 'not_found', 'webhook_invalid', 'provider_failed'],
  },
  sandboxWebhook: {
    auth: 'signature',
    request: WebhookBody,
    response: WebhookReceived,
    status: 200,
    summary: "The sandbox provider's signed payment events, for tests.",
    errors: [...ANY, 'bad_request', 'payload_too_large', 'request_timeout', 'not_found', 'webhook_invalid'],
  },
} as const satisfies { readonly [Name in RouteName]: RouteContract };

type Infer<Schema> = Schema extends z.ZodMiniType ? z.infer<Schema> : undefined;
/** The body a route takes (undefined when it takes none). */
export type RouteRequest<Name extends RouteName> = Infer<(typeof ROUTE_CONTRACTS)[Name]['request']>;
/** What a route answers on success. */
export type RouteResponse<Name extends RouteName> = z.infer<(typeof ROUTE_CONTRACTS)[Name]['response']>;
/** Routes that take a JSON body. */
export type RouteWithBody = { [Name in RouteName]: (typeof ROUTE_CONTRACTS)[Name]['request'] extends null ? never : Name }[RouteName];
