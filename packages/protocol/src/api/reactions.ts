import * as z from 'zod/mini';
import { JOURNEY_OPTIONS } from '../journey/journey-options.js';
import { JOURNEY_STEPS } from '../reactions/journey-steps.js';

/**
 * POST {api}/reactions: what the debtor saw or chose that the server cannot see itself.
 * The creditor hears of each once per session (and step, or option); a repeat changes
 * nothing. Answers 204.
 */
export const ReactionRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('claim.viewed') }),
  z.object({ type: z.literal('step.viewed'), step: z.enum(JOURNEY_STEPS) }),
  z.object({ type: z.literal('option.chosen'), option: z.enum(JOURNEY_OPTIONS) }),
]);
export type ReactionRequest = z.infer<typeof ReactionRequest>;
