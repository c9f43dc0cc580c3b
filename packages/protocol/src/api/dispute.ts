import * as z from 'zod/mini';
import { HumanRoute } from './contact.js';

/** Reg F § 1006.34 dispute prompts. */
export const DisputeReason = z.enum(['not_my_debt', 'wrong_amount', 'other']);
export type DisputeReason = z.infer<typeof DisputeReason>;

/** POST {api}/disputes. Retrying with the same body (or `Idempotency-Key`) records it once. */
export const DisputeRequest = z
  .object({
    reason: DisputeReason,
    note: z.optional(z.string().check(z.maxLength(2000))),
    /** The consumer asks for the original creditor's name and address. */
    requestOriginalCreditor: z.optional(z.boolean()),
  })
  .check(
    z.refine((dispute) => dispute.reason !== 'other' || (dispute.note?.trim().length ?? 0) > 0, {
      message: 'is required when the reason is other',
      path: ['note'],
    }),
  );
export type DisputeRequest = z.infer<typeof DisputeRequest>;

export const DisputeResponse = z.object({
  reference: z.string(),
  receivedAt: z.string(),
  /** Collection stops until the creditor has reviewed the dispute. */
  collectionPaused: z.boolean(),
  support: HumanRoute,
});
export type DisputeResponse = z.infer<typeof DisputeResponse>;
