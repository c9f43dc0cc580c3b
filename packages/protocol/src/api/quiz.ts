import * as z from 'zod/mini';
import { QuizAnswers } from '../journey/quiz.js';
import { QuizOutcome } from '../journey/score-quiz.js';

/** POST {api}/quiz with the session: one answer id per step id. */
export const QuizRequest = z.object({ answers: QuizAnswers });
export type QuizRequest = z.infer<typeof QuizRequest>;

/** The segment and the options to show, in order; `humanFirst` and `playful` steer the tone. */
export const QuizResponse = z.object({ outcome: QuizOutcome });
export type QuizResponse = z.infer<typeof QuizResponse>;
