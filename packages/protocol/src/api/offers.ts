import * as z from 'zod/mini';
import { Offer } from '../plans/offer.js';

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
