import type { QuizDefinition, QuizStep } from './quiz.js';

/** The most questions a debtor is asked; optional steps beyond it are left out. */
export const MAX_QUIZ_QUESTIONS = 3;

/**
 * The steps to ask, given the answers so far (step id → answer id): a step is left out
 * when an earlier answer makes it contradict or repeat that answer (its `skipAfter`, so
 * no "when could you pay?" after "I'll settle it now"), and optional steps are left out
 * once three questions are asked. The widget asks these; the server accepts answers to
 * these only, so both sides agree on what was asked.
 */
export function askedSteps(definition: QuizDefinition, answers: ReadonlyMap<string, string>): QuizStep[] {
  const asked: QuizStep[] = [];
  const earlier = new Set<string>();
  for (const step of definition.steps) {
    const contradicts = step.skipAfter?.some((answer) => earlier.has(answer)) ?? false;
    const overCap = step.optional === true && asked.length >= MAX_QUIZ_QUESTIONS;
    if (contradicts || overCap) continue;
    asked.push(step);
    const answer = answers.get(step.id);
    if (answer) earlier.add(answer);
  }
  return asked;
}
