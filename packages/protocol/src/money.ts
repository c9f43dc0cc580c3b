import * as z from 'zod/mini';
import { CurrencyCode } from './currency-code.js';

/** An amount in integer minor units (cents for EUR, yen for JPY) with its ISO 4217 currency. */
export const Money = z.object({
  amount: z.int('must be an integer of minor units, e.g. 4250 for 42.50 EUR').check(z.refine(Number.isSafeInteger, 'must be a safe integer of minor units')),
  currency: CurrencyCode,
});
export type Money = z.infer<typeof Money>;
