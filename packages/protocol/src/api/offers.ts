import * as z from 'zod/mini';
import { IsoDate } from '../dates.js';
import { Money } from '../money.js';
import { Offer, OfferChoice } from '../plans/offer.js';
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
 * POST {api}/offers/monthly with the session: what the debtor could pay a month, for the
 * signed instalment offer. The server answers the plans within the offer whose monthly
 * instalments are at most that amount; below the smallest possible monthly amount it
 * answers `amount_below_minimum` with that amount as `error.minimum`. The amount is a
 * wish to plan with, never a total the server trusts.
 */
export const MonthlyPlansRequest = z.object({
  offerToken: z.string().check(z.minLength(1), z.maxLength(8192)),
  monthlyAmount: Money.check(z.refine((value) => value.amount > 0, 'must be more than zero')),
  downPayment: z.optional(Money),
  firstDueDate: z.optional(IsoDate),
});
export type MonthlyPlansRequest = z.infer<typeof MonthlyPlansRequest>;

/** The plans for a monthly amount, shortest first; exactly one is `recommended`. Accept one by sending its `choice` to POST {api}/plans. */
export const MonthlyPlansResponse = z.object({
  plans: z.array(z.object({ choice: OfferChoice, schedule: Schedule, recommended: z.boolean() })).check(z.maxLength(3)),
});
export type MonthlyPlansResponse = z.infer<typeof MonthlyPlansResponse>;
