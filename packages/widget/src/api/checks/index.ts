import type { RouteName, RouteResponse } from '@settle/protocol';
import type { journeyCheck } from './journey.js';
import type { monthlyPlansCheck, offersCheck } from './offers.js';
import type { claimOutcomeCheck } from './outcome.js';
import type { checkoutConfigCheck, paymentCheck } from './payments.js';
import type { planCheck } from './plan.js';
import type { quizCheck } from './quiz.js';
import type { contactCheck, disputeCheck, feedbackCheck } from './recorded-requests.js';
import type { claimCheck, sessionCheck } from './session.js';
import type { ResponseCheck } from './shape.js';

/**
 * The shape check for each route the widget calls, by its name in the contract. Types only,
 * so every check stays in the chunk of the step that calls its route. `ApiClient.call` takes
 * only a route named here, with one of its checks: a call without a check is a type error.
 */
interface Checks {
  session: typeof sessionCheck;
  identity: typeof sessionCheck;
  claim: typeof claimCheck | typeof claimOutcomeCheck;
  journey: typeof journeyCheck;
  quiz: typeof quizCheck;
  offers: typeof offersCheck;
  monthlyPlans: typeof monthlyPlansCheck;
  plans: typeof planCheck;
  plan: typeof planCheck;
  planChanges: typeof planCheck;
  autopayRevoke: typeof planCheck;
  disputes: typeof disputeCheck;
  contactRequests: typeof contactCheck;
  feedback: typeof feedbackCheck;
  paymentsConfig: typeof checkoutConfigCheck;
  payments: typeof paymentCheck;
  paymentConfirm: typeof paymentCheck;
}

/** What a check passes on: the answer as the widget reads it. */
export type AnswerOf<Check> = Check extends ResponseCheck<infer Answer> ? Answer : never;

/** Each check must let through what the contract says its route answers. */
type FitsContract<Map> = { [Name in keyof Map]: Name extends RouteName ? (RouteResponse<Name> extends AnswerOf<Map[Name]> ? Map[Name] : never) : never };
type Fitted<Map extends FitsContract<Map>> = Map;

export type RouteChecks = Fitted<Checks>;
export type CheckedRoute = keyof RouteChecks;
