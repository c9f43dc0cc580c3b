import * as z from 'zod/mini';

const LocaleKey = z.string().check(z.regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be a locale such as de or en-GB'));

/** Creditor text in several languages, e.g. `{ de: 'Hallo', en: 'Hello' }`; rendered as text, never as HTML. */
export const LocalizedText = z.record(LocaleKey, z.string().check(z.minLength(1), z.maxLength(1000))).check(z.refine((text) => Object.keys(text).length > 0, 'needs at least one language'));
export type LocalizedText = z.infer<typeof LocalizedText>;
