import * as z from 'zod/mini';
import { ContactChannel, PreferredTime } from './contact.js';

/**
 * POST {api}/feedback, once per session. `score` must lie on the creditor's scale
 * (1-5 by default, up to 1-9 or 0-10); the journey config tells the widget which.
 */
export const FeedbackRequest = z.object({
  score: z.int().check(z.minimum(0), z.maximum(10)),
  comment: z.optional(z.string().check(z.maxLength(2000))),
  /** How the debtor prefers to hear from the creditor from now on; `none` opts out. */
  contactChannel: z.optional(z.union([ContactChannel, z.literal('none')])),
  preferredTime: z.optional(PreferredTime),
});
export type FeedbackRequest = z.infer<typeof FeedbackRequest>;

export const FeedbackResponse = z.object({
  reference: z.string(),
  receivedAt: z.string(),
});
export type FeedbackResponse = z.infer<typeof FeedbackResponse>;

/** A CSAT scale: whole numbers from `min` to `max`. */
export const FeedbackScale = z.object({
  min: z.int().check(z.minimum(0), z.maximum(1)),
  max: z.int().check(z.minimum(2), z.maximum(10)),
});
export type FeedbackScale = z.infer<typeof FeedbackScale>;
