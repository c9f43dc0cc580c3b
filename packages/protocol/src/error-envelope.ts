import * as z from 'zod/mini';
import { Money } from './money.js';

export const ErrorEnvelope = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    /** Where a human can help, e.g. after an identity lock. */
    humanRoute: z.optional(z.object({ phone: z.optional(z.string()), email: z.optional(z.string()), url: z.optional(z.string()) })),
    /** With `amount_below_minimum`: the smallest amount that works. */
    minimum: z.optional(Money),
  }),
});
export type ErrorEnvelope = z.infer<typeof ErrorEnvelope>;
