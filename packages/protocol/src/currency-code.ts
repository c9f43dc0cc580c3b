import * as z from 'zod/mini';

/** A three-letter upper-case ISO 4217 code. */
export const CurrencyCode = z.string().check(z.regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as EUR'));
export type CurrencyCode = z.infer<typeof CurrencyCode>;
