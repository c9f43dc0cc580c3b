import { expect } from '@open-wc/testing';
import { DEFAULT_RECOMMENDATIONS, JOURNEY_OPTIONS, QuizResponse, scoreQuiz } from '@settle/protocol';
import { testJourney } from '../../../../../tests/fixtures/journey.js';
import { edited, expectAccepted, expectRefused } from '../../../test/support/contract.mock.js';
import { quizCheck } from './quiz.js';

/** What POST /quiz answers when every step takes its first answer, scored the server's way. */
function scoredOutcome() {
  const quiz = testJourney().quiz;
  const answers = quiz.steps.flatMap((step) => (step.answers[0] ? [{ step: step.id, answer: step.answers[0].id }] : []));
  const score = scoreQuiz(quiz, answers, { recommendations: DEFAULT_RECOMMENDATIONS, enabled: [...JOURNEY_OPTIONS] });
  if (!score.ok) throw new Error(`fixture: ${score.message}`);
  return { outcome: score.value };
}

const answer = scoredOutcome();

describe('quizCheck (POST /quiz)', () => {
  it('passes the scored outcome as it is', async () => {
    expect(answer.outcome.recommended).to.not.be.empty;
    await expectAccepted(quizCheck, QuizResponse, answer);
  });

  it('refuses an answer without an outcome, or an outcome missing how to speak', async () => {
    await expectRefused(quizCheck, QuizResponse, edited(answer, ['outcome']));
    await expectRefused(quizCheck, QuizResponse, edited(answer, ['outcome', 'playful']));
    await expectRefused(quizCheck, QuizResponse, edited(answer, ['outcome', 'humanFirst'], 'yes'));
  });

  it('refuses recommendations the widget has no step for', async () => {
    await expectRefused(quizCheck, QuizResponse, edited(answer, ['outcome', 'recommended'], ['lottery']));
    await expectRefused(quizCheck, QuizResponse, edited(answer, ['outcome', 'recommended'], 'pay_in_full'));
  });
});
