import { JOURNEY_OPTIONS, type QuizResponse } from '@settle/protocol';
import { arrayOf, check, isBoolean, isString, oneOf, shape } from './shape.js';

/** POST /quiz: the segment and the options the quiz and the flow go on with, and how to speak. */
export const quizCheck = check<QuizResponse>('quiz outcome', shape({ outcome: shape({ segment: isString, recommended: arrayOf(oneOf(JOURNEY_OPTIONS)), humanFirst: isBoolean, playful: isBoolean }) }));
