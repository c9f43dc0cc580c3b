import { describe, expect, it } from 'vitest';
import { askedSteps, DEFAULT_QUIZ, DEFAULT_RECOMMENDATIONS, MAX_QUIZ_QUESTIONS, QuizDefinition, scoreQuiz, type JourneyOption, type QuizAnswers, type ScoringRules } from '../../src/index.js';

const ALL: JourneyOption[] = ['pay_in_full', 'deferral', 'instalments', 'payment_pause', 'partial_payment', 'promise_to_pay', 'dispute', 'talk_to_person', 'debt_advice'];
const rules: ScoringRules = { recommendations: DEFAULT_RECOMMENDATIONS, enabled: ALL };

function answers(what: string, when: string, much: string, circumstances?: string): QuizAnswers {
  const list = [
    { step: 'what_happened', answer: what },
    { step: 'when', answer: when },
    { step: 'how_much', answer: much },
  ];
  return circumstances ? [...list, { step: 'circumstances', answer: circumstances }] : list;
}

function outcome(list: QuizAnswers, scoring: ScoringRules = rules) {
  const result = scoreQuiz(DEFAULT_QUIZ, list, scoring);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

describe('the default quiz', () => {
  it('is a valid quiz of 3-5 steps with German and English for every question and answer', () => {
    expect(QuizDefinition.safeParse(DEFAULT_QUIZ).success).toBe(true);
    expect(DEFAULT_QUIZ.steps.length).toBeGreaterThanOrEqual(3);
    expect(DEFAULT_QUIZ.steps.length).toBeLessThanOrEqual(5);
    for (const step of DEFAULT_QUIZ.steps) {
      expect(Object.keys(step.question).sort()).toEqual(['de', 'en']);
      for (const answer of step.answers) expect(Object.keys(answer.label).sort()).toEqual(['de', 'en']);
    }
  });

  it('leads each kind of debtor in the seeds to their segment and the table’s first option', () => {
    const cases: [QuizAnswers, string, JourneyOption][] = [
      [answers('forgot', 'today', 'all'), 'forgot', 'pay_in_full'],
      [answers('settle_now', 'today', 'all', 'all_fine'), 'pay_now', 'pay_in_full'],
      [answers('short_until_payday', 'after_payday', 'nothing_now'), 'short_until_payday', 'deferral'],
      [answers('too_much_at_once', 'bit_by_bit', 'part'), 'instalments', 'instalments'],
      [answers('difficult_time', 'not_sure', 'nothing_now'), 'hardship', 'talk_to_person'],
      [answers('not_right', 'today', 'all'), 'dispute', 'dispute'],
    ];
    for (const [list, segment, first] of cases) {
      const result = outcome(list);
      expect(result.segment, JSON.stringify(list)).toBe(segment);
      expect(result.recommended[0]).toBe(first);
    }
  });

  it('puts a person first and ends playful nudges once hardship or vulnerability shows', () => {
    const hardship = outcome(answers('difficult_time', 'today', 'all'));
    expect(hardship).toMatchObject({ segment: 'hardship', humanFirst: true, playful: false, flags: ['hardship'] });
    expect(hardship.recommended).toEqual(['talk_to_person', 'instalments', 'payment_pause', 'debt_advice']);
    const vulnerable = outcome(answers('forgot', 'today', 'all', 'difficult_circumstances'));
    expect(vulnerable).toMatchObject({ humanFirst: true, playful: false });
    expect(vulnerable.recommended[0]).toBe('talk_to_person');
    const relaxed = outcome(answers('forgot', 'today', 'all', 'all_fine'));
    expect(relaxed).toMatchObject({ segment: 'forgot', humanFirst: false, playful: true });
  });

  it('routes someone who asks for a person to one first, and keeps a dispute a dispute', () => {
    expect(outcome(answers('forgot', 'today', 'all', 'talk_to_someone')).recommended).toEqual(['talk_to_person', 'pay_in_full', 'deferral']);
    const disputedInHardship = outcome(answers('not_right', 'not_sure', 'nothing_now', 'difficult_circumstances'));
    expect(disputedInHardship.segment).toBe('dispute');
    expect(disputedInHardship.recommended.slice(0, 2)).toEqual(['talk_to_person', 'dispute']);
  });
});

describe('scoreQuiz rules', () => {
  it('breaks a tie towards the more protective segment', () => {
    const quiz = QuizDefinition.parse({
      id: 'tie',
      steps: ['a', 'b', 'c'].map((id) => ({
        id,
        question: { en: id },
        answers: [
          { id: 'x', label: { en: 'x' }, weights: { pay_now: 1, instalments: 1 } },
          { id: 'y', label: { en: 'y' }, weights: {} },
        ],
      })),
    });
    const result = scoreQuiz(
      quiz,
      [
        { step: 'a', answer: 'x' },
        { step: 'b', answer: 'y' },
        { step: 'c', answer: 'y' },
      ],
      rules,
    );
    expect(result).toMatchObject({ ok: true, value: { segment: 'instalments' } });
  });

  it('follows a creditor’s own recommendation table and leaves out options it does not offer', () => {
    const custom: ScoringRules = { recommendations: { ...DEFAULT_RECOMMENDATIONS, forgot: ['deferral', 'pay_in_full'] }, enabled: ['pay_in_full', 'instalments', 'dispute', 'talk_to_person'] };
    const result = outcome(answers('forgot', 'today', 'all'), custom);
    expect(result.recommended).toEqual(['pay_in_full']);
    expect(result.alsoAvailable).toEqual(['instalments', 'dispute', 'talk_to_person']);
  });

  it('refuses unknown steps, unknown answers, repeated steps and a missing required step', () => {
    const bad: [QuizAnswers, string][] = [
      [[...answers('forgot', 'today', 'all'), { step: 'bogus', answer: 'x' }], 'answers'],
      [answers('nope', 'today', 'all'), 'what_happened'],
      [[...answers('forgot', 'today', 'all'), { step: 'when', answer: 'today' }], 'answers'],
      [answers('forgot', 'not_sure', 'all').slice(0, 2), 'how_much'],
    ];
    for (const [list, field] of bad) expect(scoreQuiz(DEFAULT_QUIZ, list, rules)).toMatchObject({ ok: false, field });
  });

  it('refuses a quiz with fewer than 3 or more than 5 steps, or duplicate ids', () => {
    const step = (id: string) => ({
      id,
      question: { en: id },
      answers: [
        { id: 'a', label: { en: 'a' }, weights: {} },
        { id: 'b', label: { en: 'b' }, weights: {} },
      ],
    });
    expect(QuizDefinition.safeParse({ id: 'q', steps: [step('a'), step('b')] }).success).toBe(false);
    expect(QuizDefinition.safeParse({ id: 'q', steps: ['a', 'b', 'c', 'd', 'e', 'f'].map(step) }).success).toBe(false);
    expect(QuizDefinition.safeParse({ id: 'q', steps: [step('a'), step('a'), step('b')] }).success).toBe(false);
  });
});

describe('the adaptive default quiz', () => {
  /** Every way through the quiz: each answer of each step the answers so far leave to ask. */
  function paths(chosen: Map<string, string> = new Map()): Array<Map<string, string>> {
    const next = askedSteps(DEFAULT_QUIZ, chosen).find((step) => !chosen.has(step.id));
    if (!next) return [chosen];
    return next.answers.flatMap((answer) => paths(new Map([...chosen, [next.id, answer.id]])));
  }

  it('asks at most three questions on every way through it', () => {
    const all = paths();
    expect(all.length).toBeGreaterThan(20);
    for (const path of all) expect(askedSteps(DEFAULT_QUIZ, path).length, [...path.values()].join(' → ')).toBeLessThanOrEqual(MAX_QUIZ_QUESTIONS);
  });

  it('never asks when or how much after "settle it now" or "the claim is not right", nor how much after a date was named', () => {
    for (const path of paths()) {
      const asked = askedSteps(DEFAULT_QUIZ, path).map((step) => step.id);
      const said = new Set(path.values());
      if (said.has('settle_now') || said.has('not_right')) expect(asked, [...said].join(' → ')).not.toContain('when');
      if (['settle_now', 'not_right', 'today', 'after_payday', 'bit_by_bit'].some((answer) => said.has(answer))) expect(asked).not.toContain('how_much');
    }
  });

  it('scores every way through it, counting only what was asked', () => {
    for (const path of paths()) {
      const list = [...path].map(([step, answer]) => ({ step, answer }));
      expect(scoreQuiz(DEFAULT_QUIZ, list, rules).ok, JSON.stringify(list)).toBe(true);
    }
    const pastAnswer = outcome([...answers('settle_now', 'bit_by_bit', 'part'), { step: 'circumstances', answer: 'all_fine' }]);
    expect(pastAnswer.segment, 'an answer to a question not asked does not count').toBe('pay_now');
  });
});
