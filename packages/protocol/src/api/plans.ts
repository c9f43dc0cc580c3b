import * as z from 'zod/mini';
import { OfferChoice } from '../plans/offer.js';
import { Plan, PlanChange } from '../plans/plan.js';
import { PlanProgress } from '../plans/progress.js';

/**
 * POST {api}/plans with the session: accepts a signed offer with the debtor's choice.
 * The server rebuilds the schedule from its own copy of the offer; amounts sent here are
 * choices (an amount per instalment), never totals it trusts.
 */
export const AcceptOfferRequest = z.object({
  offerToken: z.string().check(z.minLength(1), z.maxLength(8192)),
  choice: OfferChoice,
});
export type AcceptOfferRequest = z.infer<typeof AcceptOfferRequest>;

/**
 * The agreed plan and where it stands today (paid / due / missed per instalment), and
 * whether its instalments are charged automatically from a saved payment method.
 * GET {api}/plan answers it; POST {api}/plan/autopay/revoke switches autopay off.
 */
export const PlanResponse = z.object({
  plan: Plan,
  progress: PlanProgress,
  /** Always sent by the server; optional only for views the widget builds from a plan alone. */
  autopay: z.optional(z.boolean()),
});
export type PlanResponse = z.infer<typeof PlanResponse>;

/** POST {api}/plan/changes: move one instalment, pause, or skip one, within the plan's rules. */
export const PlanChangeRequest = z.object({ change: PlanChange });
export type PlanChangeRequest = z.infer<typeof PlanChangeRequest>;
