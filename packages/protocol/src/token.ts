import * as z from 'zod/mini';
import { Tone } from './journey/config.js';
import { Offer } from './plans/offer.js';
import { CollectionPhaseSchema, LinkChannelSchema } from './reactions/link-context.js';

/** JOSE `typ` header values; no token kind can ever pass as another. */
export const TOKEN_TYPES = { link: 'settle-link+jwt', session: 'settle-session+jwt', offer: 'settle-offer+jwt' } as const;
export type TokenKind = keyof typeof TOKEN_TYPES;

export const Locale = z.string().check(z.regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be a BCP 47 tag such as de or de-AT'));

/** Claims inside a link token (emailed, long-lived, exchanged by POST for a session). */
export const LinkTokenClaims = z.object({
  iss: z.string(),
  aud: z.string(),
  sub: z.string(),
  jti: z.string(),
  iat: z.int(),
  exp: z.int(),
  locale: z.optional(Locale),
  /** The channel of the message the link was sent in. */
  ch: z.optional(LinkChannelSchema),
  /** The collection phase of that message (first reminder, final notice, ...). */
  ph: z.optional(CollectionPhaseSchema),
});
export type LinkTokenClaims = z.infer<typeof LinkTokenClaims>;

/** Claims inside a session token (short-lived, renewable up to `absExp`). */
export const SessionTokenClaims = z.object({
  iss: z.string(),
  aud: z.string(),
  /** The one claim this session may see and act on. */
  sub: z.string(),
  /** Session id: stays the same across renewals. */
  sid: z.string(),
  iat: z.int(),
  exp: z.int(),
  /** Absolute expiry: renewals never pass it. */
  absExp: z.int(),
  /** The link token this session came from, for per-link limits; absent for portal sessions. */
  lnk: z.optional(z.string()),
  /** Whether the identity check (if the creditor requires one) has been passed. */
  idv: z.boolean(),
  locale: z.optional(Locale),
  /** Channel and phase of the link's message, carried into every reaction of the session. */
  ch: z.optional(LinkChannelSchema),
  ph: z.optional(CollectionPhaseSchema),
  /** The tone the server chose for the session (from the link's phase), so renewals keep it. */
  tn: z.optional(Tone),
});
export type SessionTokenClaims = z.infer<typeof SessionTokenClaims>;

/** Claims inside a signed offer: the offer itself, bound to its claim, balance version and session. */
export const OfferTokenClaims = z.object({
  iss: z.string(),
  aud: z.string(),
  /** The claim the offer is for. */
  sub: z.string(),
  /** The offer id. */
  jti: z.string(),
  iat: z.int(),
  exp: z.int(),
  /** Session the offer was made in; another session cannot accept it. */
  sid: z.string(),
  offer: Offer,
});
export type OfferTokenClaims = z.infer<typeof OfferTokenClaims>;
