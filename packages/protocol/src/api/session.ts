import * as z from 'zod/mini';
import { Claim } from '../claim.js';
import { TextOverrides, Theme, Tone } from '../journey/config.js';
import { LogoUrl } from '../journey/safe-values.js';
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

/** `light`, `dark`, or `auto` (the operating system's preference). */
export const ColorScheme = z.enum(['light', 'dark', 'auto']);
export type ColorScheme = z.infer<typeof ColorScheme>;

/**
 * The client creditor an agency collects for, as the letter names it: shown beside the
 * collector's brand ("on behalf of Funkwelle Mobil") so the debtor recognises whom the
 * claim comes from. Its logo stands next to its name, so it needs no text of its own.
 */
export const ClientBrand = z.object({
  brandName: z.string().check(z.minLength(1), z.maxLength(120)),
  /** https://, or a path on the page's origin (`/brands/client.svg`). */
  logoUrl: z.optional(LogoUrl),
});
export type ClientBrand = z.infer<typeof ClientBrand>;

/**
 * How the claim's screens look: its collector's brand (name, logo, colours), the client
 * creditor it collects for (if any), colour scheme, locale and text overrides. The widget applies it as defaults; the host page's
 * `--settle-*` properties and the elements' attributes still win. No money and no
 * personal data: it is answered before the identity check too, so the lockout and error
 * screens carry the right brand.
 */
export const Presentation = z.object({
  brand: Theme,
  /** The client creditor, when `brand` is an agency collecting for it. */
  onBehalfOf: z.optional(ClientBrand),
  colorScheme: z.optional(ColorScheme),
  locale: z.optional(Locale),
  texts: z.optional(TextOverrides),
});
export type Presentation = z.infer<typeof Presentation>;

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
  /** The claim's presentation, whenever the claim could be loaded (also while `identityRequired`). */
  presentation: z.optional(Presentation),
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
