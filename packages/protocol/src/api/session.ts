import * as z from 'zod/mini';
import { Claim } from '../claim.js';
import { Tone } from '../journey/config.js';
import { Locale } from '../token.js';
import { IdentityField } from './identity.js';
import { Outcome } from './outcome.js';

/**
 * POST {api}/session: exchanges a link token for a session, or renews a session
 * (up to its absolute limit). The only way a link is consumed, so email scanners
 * prefetching the GET of a link page change nothing.
 */
export const SessionRequest = z.object({
  token: z.string().check(z.minLength(1), z.maxLength(4096)),
});
export type SessionRequest = z.infer<typeof SessionRequest>;

export const SessionResponse = z.object({
  sessionToken: z.string(),
  claimId: z.string(),
  /** Epoch milliseconds. */
  expiresAt: z.int(),
  /** Epoch milliseconds after which the session cannot be renewed. */
  absoluteExpiresAt: z.int(),
  identityRequired: z.boolean(),
  /** What POST /identity asks for, when `identityRequired`. */
  identityFields: z.optional(z.array(IdentityField)),
  locale: z.optional(Locale),
  /**
   * The tone the creditor chose for this session (from the link's phase and the debtor's
   * segment); the widget uses it unless the page sets a `tone` attribute.
   */
  tone: z.optional(Tone),
  /**
   * The claim as it stands at the exchange, when the session may read it (never while
   * `identityRequired`), so the first screen needs no second request. Later reads ask
   * GET /claims/:claimId, which sees what changed since.
   */
  claim: z.optional(Claim),
  /** The claim's debtor-facing state: present exactly when `claim` is (see `Outcome`). */
  outcome: z.optional(Outcome),
});
export type SessionResponse = z.infer<typeof SessionResponse>;
