import * as z from 'zod/mini';
import { IsoDate } from '../dates.js';
import { Money } from '../money.js';
import { Offer, OfferChoice } from '../plans/offer.js';
import { Frequency } from '../plans/policy.js';
import { Schedule } from '../plans/schedule.js';

/** An offer and its signature; the browser shows `offer` and sends `token` back to accept it. */
export const SignedOffer = z.object({ offer: Offer, token: z.string() });
export type SignedOffer = z.infer<typeof SignedOffer>;

/**
 * GET {api}/offers with the session: the offers the creditor's policy allows for the
 * claim's current balance, each signed and valid until `offer.expiresAt`. Empty with
 * `activePlanId` when a plan is already agreed.
 */
export const OffersResponse = z.object({
  offers: z.array(SignedOffer),
  activePlanId: z.optional(z.string()),
});
export type OffersResponse = z.infer<typeof OffersResponse>;

/**
 * POST {api}/offers/monthly with the session: what the debtor could pay each time, for the
 * signed instalment offer, and how often. The server answers the plans within the offer
 * whose instalments at that frequency are at most that amount; below the smallest possible
 * amount it answers `amount_below_minimum` with that amount as `error.minimum`. The amount
 * is a wish to plan with, never a total the server trusts. The route keeps the name it
 * began with, when plans were monthly only.
 */
export const MonthlyPlansRequest = z.object({
  offerToken: z.string().check(z.minLength(1), z.maxLength(8192)),
  /** The amount per payment at `frequency` (named for the monthly plans it began with). */
  monthlyAmount: Money.check(z.refine((value) => value.amount > 0, 'must be more than zero')),
  /** One of the offer's frequencies; monthly when the offer allows it, else the offer's first. */
  frequency: z.optional(Frequency),
  downPayment: z.optional(Money),
  firstDueDate: z.optional(IsoDate),
});
export type MonthlyPlansRequest = z.infer<typeof MonthlyPlansRequest>;

/** The plans for an amount per payment, shortest first; exactly one is `recommended`. Accept one by sending its `choice` to POST {api}/plans. */
export const MonthlyPlansResponse = z.object({
  plans: z.array(z.object({ choice: OfferChoice, schedule: Schedule, recommended: z.boolean() })).check(z.maxLength(3)),
});
export type MonthlyPlansResponse = z.infer<typeof MonthlyPlansResponse>;
