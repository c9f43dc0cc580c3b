import * as z from 'zod/mini';
import { IsoDate } from '../dates.js';

/** What a creditor may ask before showing a claim opened from a link. */
export const IdentityField = z.enum(['dateOfBirth', 'postalCode']);
export type IdentityField = z.infer<typeof IdentityField>;

export const IdentityAnswers = z.object({
  dateOfBirth: z.optional(IsoDate),
  postalCode: z.optional(z.string().check(z.minLength(1), z.maxLength(20))),
});
export type IdentityAnswers = z.infer<typeof IdentityAnswers>;

/**
 * POST {api}/identity with `Authorization: Bearer <session token>` of a link session.
 * Success answers a renewed SessionResponse with `identityRequired: false`; any wrong
 * answer gets the same `identity_failed` error, and too many lock the link
 * (`identity_locked`, with a human route).
 */
export const IdentityRequest = z.object({ answers: IdentityAnswers });
export type IdentityRequest = z.infer<typeof IdentityRequest>;
