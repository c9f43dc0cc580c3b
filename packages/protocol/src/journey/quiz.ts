import * as z from 'zod/mini';
import { LocalizedText } from './localized.js';
import { QuizFlag, Segment } from './segments.js';

const Slug = z.string().check(z.regex(/^[a-z][a-z0-9_]{0,39}$/, 'must be a lower-case id such as what_happened'));

export const QuizAnswer = z.object({
  id: Slug,
  label: LocalizedText,
  /** Points this answer gives each segment; the highest total decides. */
  weights: z.partialRecord(Segment, z.int().check(z.minimum(0), z.maximum(10))),
  /** Circumstances this answer reveals: each routes the debtor to a person first and ends playful nudges. */
  flags: z.optional(z.array(QuizFlag).check(z.maxLength(3))),
});
export type QuizAnswer = z.infer<typeof QuizAnswer>;

export const QuizStep = z.object({
  id: Slug,
  question: LocalizedText,
  hint: z.optional(LocalizedText),
  /** A key the widget maps to one of its illustrations. */
  illustration: z.optional(Slug),
  /** Optional steps may be left unanswered (e.g. a safe point to mention circumstances). */
  optional: z.optional(z.boolean()),
  /** Answer ids of earlier steps after which this question would contradict or repeat them: it is not asked then. */
  skipAfter: z.optional(z.array(Slug).check(z.maxLength(20))),
  answers: z.array(QuizAnswer).check(z.minLength(2), z.maxLength(6)),
});
export type QuizStep = z.infer<typeof QuizStep>;

function uniqueIds(ids: readonly string[]): boolean {
  return new Set(ids).size === ids.length;
}

/** The quiz a creditor shows: 3-5 short steps, one answer each. */
export const QuizDefinition = z.object({
  id: Slug,
  steps: z.array(QuizStep).check(
    z.minLength(3),
    z.maxLength(5),
    z.refine((steps) => uniqueIds(steps.map((step) => step.id)), 'step ids must be unique'),
    z.refine((steps) => steps.every((step) => uniqueIds(step.answers.map((answer) => answer.id))), 'answer ids must be unique within a step'),
  ),
});
export type QuizDefinition = z.infer<typeof QuizDefinition>;

/** The debtor's answers: one answer id per step id. */
export const QuizAnswers = z.array(z.object({ step: Slug, answer: Slug })).check(z.maxLength(5));
export type QuizAnswers = z.infer<typeof QuizAnswers>;
