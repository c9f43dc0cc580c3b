import { outcomeFor, scoreQuiz, Segment, QuizFlag, type Claim, type QuizAnswers, type QuizOutcome, type ScoringRules } from '@settle/protocol';
import * as z from 'zod/mini';
import type { SettleContext } from '../context.js';
import { SettleError } from '../errors.js';

const Decision = z.object({ segment: Segment, flags: z.optional(z.array(QuizFlag)) });

/**
 * Scores the answers with the creditor's own rule (when given) or the built-in one. Both
 * go through the same safety rules: hardship and vulnerability put a person first and end
 * playful nudges, whatever the creditor's rule says.
 */
export async function scoreAnswers(context: SettleContext, claim: Claim, answers: QuizAnswers, rules: ScoringRules): Promise<QuizOutcome> {
  const { quiz, scoreQuiz: custom } = context.options.journey;
  const builtIn = scoreQuiz(quiz, answers, rules);
  if (!builtIn.ok) throw new SettleError('bad_request', `Invalid request: ${builtIn.field}: ${builtIn.message}`);
  if (!custom) return builtIn.value;
  let decided: unknown;
  try {
    decided = await custom({ answers, quiz, claim });
  } catch (error) {
    context.options.logger.error('journey.scoreQuiz failed', { claimId: claim.id, error: String(error) });
    throw new SettleError('backend_failed', 'The creditor could not be reached. Please try again shortly.', { cause: error });
  }
  const parsed = Decision.safeParse(decided);
  if (!parsed.success) {
    context.options.logger.error('journey.scoreQuiz returned no valid segment', { claimId: claim.id });
    throw new SettleError('backend_failed', 'The creditor could not be reached. Please try again shortly.');
  }
  // Flags the answers themselves reveal are never dropped by a custom rule.
  const flags = [...new Set([...builtIn.value.flags, ...(parsed.data.flags ?? [])])];
  return outcomeFor(parsed.data.segment, builtIn.value.scores, flags, rules);
}
