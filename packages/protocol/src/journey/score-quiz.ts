import * as z from 'zod/mini';
import { JourneyOption, QuizFlag, Segment, SEGMENT_PRIORITY, type JourneyOption as Option } from './segments.js';
import type { QuizAnswers, QuizDefinition } from './quiz.js';
import { askedSteps } from './asked-steps.js';

/** What the quiz concluded: the segment, the options in the order to show them, and how to speak. */
export const QuizOutcome = z.object({
  segment: Segment,
  scores: z.record(Segment, z.int()),
  flags: z.array(QuizFlag),
  recommended: z.array(JourneyOption),
  /** Enabled options not recommended, for an "other options" list. */
  alsoAvailable: z.array(JourneyOption),
  /** Offer a person before any self-service option (hardship, vulnerability, or asked for). */
  humanFirst: z.boolean(),
  /** False once hardship or vulnerability shows: no game elements, facts or nudges from here on. */
  playful: z.boolean(),
});
export type QuizOutcome = z.infer<typeof QuizOutcome>;

export interface ScoringRules {
  /** Ordered recommendations per segment. */
  recommendations: Readonly<Record<Segment, readonly Option[]>>;
  /** Options this creditor offers; others are never recommended. */
  enabled: readonly Option[];
}

export type QuizScore = { ok: true; value: QuizOutcome } | { ok: false; field: string; message: string };

/**
 * Answers checked against the quiz: known steps and answers, one answer per step, required
 * steps answered. An answer to a step the earlier answers leave out was not asked by this
 * quiz (an older client's) and does not count.
 */
function chosenAnswers(definition: QuizDefinition, answers: QuizAnswers) {
  const byStep = new Map(answers.map((entry) => [entry.step, entry.answer]));
  if (byStep.size !== answers.length) return { field: 'answers', message: 'Answer each step once.' };
  const known = new Set(definition.steps.map((step) => step.id));
  const unknown = answers.find((entry) => !known.has(entry.step));
  if (unknown) return { field: 'answers', message: `There is no step "${unknown.step}".` };
  const chosen = [];
  for (const step of askedSteps(definition, byStep)) {
    const answerId = byStep.get(step.id);
    if (answerId === undefined) {
      if (step.optional) continue;
      return { field: step.id, message: `Step "${step.id}" needs an answer.` };
    }
    const answer = step.answers.find((candidate) => candidate.id === answerId);
    if (!answer) return { field: step.id, message: `Step "${step.id}" has no answer "${answerId}".` };
    chosen.push(answer);
  }
  return chosen;
}

/**
 * Scores answers into a segment and recommended options. Ties go to the more protective
 * segment; hardship answers make the segment hardship (unless the claim is disputed) and
 * put a person first.
 */
export function scoreQuiz(definition: QuizDefinition, answers: QuizAnswers, rules: ScoringRules): QuizScore {
  const chosen = chosenAnswers(definition, answers);
  if (!Array.isArray(chosen)) return { ok: false, ...chosen };
  const scores = Object.fromEntries(Segment.options.map((segment) => [segment, 0])) as Record<Segment, number>;
  const flags = new Set<QuizFlag>();
  for (const answer of chosen) {
    for (const [segment, weight] of Object.entries(answer.weights) as [Segment, number][]) scores[segment] += weight;
    for (const flag of answer.flags ?? []) flags.add(flag);
  }
  let segment = SEGMENT_PRIORITY.reduce((best, candidate) => (scores[candidate] > scores[best] ? candidate : best));
  if (chosen.length > 0 && scores[segment] === 0) segment = 'forgot';
  if (flags.has('hardship') && segment !== 'dispute') segment = 'hardship';
  return { ok: true, value: outcomeFor(segment, scores, [...flags], rules) };
}

/** The outcome for a segment decided elsewhere (e.g. a creditor's own scoring), with the same safety rules. */
export function outcomeFor(segment: Segment, scores: Record<Segment, number>, flags: readonly QuizFlag[], rules: ScoringRules): QuizOutcome {
  const enabled = new Set(rules.enabled);
  const humanFirst = segment === 'hardship' || flags.some((flag) => flag === 'hardship' || flag === 'vulnerability' || flag === 'wants_human');
  const caring = segment === 'hardship' || segment === 'dispute' || flags.includes('hardship') || flags.includes('vulnerability');
  let recommended = rules.recommendations[segment].filter((option) => enabled.has(option));
  if (humanFirst) recommended = ['talk_to_person', ...recommended.filter((option) => option !== 'talk_to_person')];
  if (recommended.length === 0) recommended = rules.enabled.slice(0, 1);
  const alsoAvailable = rules.enabled.filter((option) => !recommended.includes(option));
  return { segment, scores, flags: [...flags], recommended, alsoAvailable, humanFirst, playful: !caring };
}
