import * as z from 'zod/mini';

/** Where a person at the creditor can help: shown after a lock, a dispute, a hardship request. */
export const HumanRoute = z.object({
  phone: z.optional(z.string()),
  email: z.optional(z.string()),
  /** An http(s) page, e.g. the creditor's chat. */
  url: z.optional(z.string()),
});
export type HumanRoute = z.infer<typeof HumanRoute>;

export const ContactChannel = z.enum(['phone', 'email', 'chat', 'callback']);
export type ContactChannel = z.infer<typeof ContactChannel>;

export const Weekday = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

export const ClockTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time as HH:MM'));

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone, e.g. Europe/Berlin. */
export const TimeZone = z.string().check(z.maxLength(64), z.refine(isTimeZone, 'must be an IANA time zone such as Europe/Berlin'));

/** When the debtor wants to be contacted (US: contact only in the consumer's permitted hours). */
export const PreferredTime = z
  .object({
    days: z.optional(z.array(Weekday).check(z.minLength(1), z.maxLength(7))),
    from: ClockTime,
    to: ClockTime,
    /** IANA time zone, e.g. Europe/Berlin. */
    timeZone: z.optional(TimeZone),
  })
  .check(z.refine((time) => time.from < time.to, { message: 'must be later than from', path: ['to'] }));
export type PreferredTime = z.infer<typeof PreferredTime>;

const Note = z.string().check(z.maxLength(2000));

/**
 * Circumstances the debtor chooses to share (FCA FG21/1). Health information is only
 * recorded with explicit consent; without it the request is refused with `consent_required`.
 */
export const Vulnerability = z.object({
  details: z.optional(Note),
  involvesHealth: z.boolean(),
  healthConsent: z.optional(z.boolean()),
  /** A trusted person or debt adviser helps the debtor. */
  supportedByThirdParty: z.optional(z.boolean()),
});
export type Vulnerability = z.infer<typeof Vulnerability>;

/** POST {api}/contact-requests: "talk to a person". Send an `Idempotency-Key` header per request. */
export const ContactRequest = z.object({
  channel: ContactChannel,
  preferredTime: z.optional(PreferredTime),
  /** A number to call back when it differs from the creditor's records. */
  phone: z.optional(z.string().check(z.regex(/^\+?[0-9 ()/-]{6,24}$/, 'must be a phone number'))),
  note: z.optional(Note),
  hardship: z.optional(z.boolean()),
  vulnerability: z.optional(Vulnerability),
});
export type ContactRequest = z.infer<typeof ContactRequest>;

export const ContactResponse = z.object({
  reference: z.string(),
  /** ISO 8601 time the request was first recorded. */
  receivedAt: z.string(),
  support: HumanRoute,
});
export type ContactResponse = z.infer<typeof ContactResponse>;
