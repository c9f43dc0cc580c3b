import * as z from 'zod/mini';
import { ClaimResponse } from '../api/claim.js';
import { ContactRequest, ContactResponse } from '../api/contact.js';
import { DisputeRequest, DisputeResponse } from '../api/dispute.js';
import { FeedbackRequest, FeedbackResponse } from '../api/feedback.js';
import { IdentityRequest } from '../api/identity.js';
import { JourneyResponse } from '../api/journey.js';
import { OffersResponse } from '../api/offers.js';
import { CheckoutConfig, CreatePaymentRequest, PaymentResponse, SandboxAuthorizeRequest, SandboxAuthorizeResponse } from '../api/payments.js';
import { AcceptOfferRequest, PlanChangeRequest, PlanResponse } from '../api/plans.js';
import { QuizRequest, QuizResponse } from '../api/quiz.js';
import { SessionRequest, SessionResponse } from '../api/session.js';
import type { RouteName } from './routes.js';

/** A provider's webhook body is the provider's own JSON, verified by its signature on the raw bytes. */
export const WebhookBody = z.record(z.string(), z.unknown());
export const WebhookReceived = z.object({ received: z.literal(true) });

export interface RouteSchemas {
  /** The JSON body the route parses; null when it reads none. */
  readonly request: z.ZodMiniType | null;
  readonly response: z.ZodMiniType;
}

/** Each route's request and response schema, under its name in `API_ROUTES`. */
export const ROUTE_SCHEMAS = {
  session: { request: SessionRequest, response: SessionResponse },
  claim: { request: null, response: ClaimResponse },
  journey: { request: null, response: JourneyResponse },
  quiz: { request: QuizRequest, response: QuizResponse },
  offers: { request: null, response: OffersResponse },
  plans: { request: AcceptOfferRequest, response: PlanResponse },
  plan: { request: null, response: PlanResponse },
  planChanges: { request: PlanChangeRequest, response: PlanResponse },
  autopayRevoke: { request: null, response: PlanResponse },
  identity: { request: IdentityRequest, response: SessionResponse },
  disputes: { request: DisputeRequest, response: DisputeResponse },
  contactRequests: { request: ContactRequest, response: ContactResponse },
  feedback: { request: FeedbackRequest, response: FeedbackResponse },
  payments: { request: CreatePaymentRequest, response: PaymentResponse },
  paymentsConfig: { request: null, response: CheckoutConfig },
  payment: { request: null, response: PaymentResponse },
  paymentConfirm: { request: null, response: PaymentResponse },
  sandboxAuthorize: { request: SandboxAuthorizeRequest, response: SandboxAuthorizeResponse },
  stripeWebhook: { request: WebhookBody, response: WebhookReceived },
  paypalWebhook: { request: WebhookBody, response: WebhookReceived },
  sandboxWebhook: { request: WebhookBody, response: WebhookReceived },
} as const satisfies { readonly [Name in RouteName]: RouteSchemas };

type Infer<Schema> = Schema extends z.ZodMiniType ? z.infer<Schema> : undefined;
/** The body a route takes (undefined when it takes none). */
export type RouteRequest<Name extends RouteName> = Infer<(typeof ROUTE_SCHEMAS)[Name]['request']>;
/** What a route answers on success. */
export type RouteResponse<Name extends RouteName> = z.infer<(typeof ROUTE_SCHEMAS)[Name]['response']>;
/** Routes that take a JSON body. */
export type RouteWithBody = { [Name in RouteName]: (typeof ROUTE_SCHEMAS)[Name]['request'] extends null ? never : Name }[RouteName];
