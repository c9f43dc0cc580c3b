import { describe, expect, it } from 'vitest';
import { QuizResponse } from '@settle/protocol';
import type { SettleOptions } from '../../src/index.js';
import { sessionFor } from '../support.js';
import { authed, planSettle } from '../plans/plan-settle.js';

const FORGOT = [
  { step: 'what_happened', answer: 'forgot' },
  { step: 'when', answer: 'today' },
  { step: 'how_much', answer: 'all' },
];
const HARDSHIP = [
  { step: 'what_happened', answer: 'difficult_time' },
  { step: 'when', answer: 'not_sure' },
  { step: 'how_much', answer: 'nothing_now' },
];

async function quiz(overrides: Partial<SettleOptions> = {}) {
  const harness = await planSettle(overrides);
  const token = await sessionFor(harness.settle, 'clm_de_1001');
  const answer = async (answers: unknown, session = token) => {
    const response = await harness.settle.handle(authed('/quiz', session, { answers }));
    return { status: response.status, body: (await response.json()) as unknown };
  };
  return { ...harness, token, answer };
}

describe('POST /quiz', () => {
  it('scores someone who forgot into "forgot" with paying in full first, playful and self-service', async () => {
    const { answer } = await quiz();
    const { status, body } = await answer(FORGOT);
    expect(status).toBe(200);
    const { outcome } = QuizResponse.parse(body);
    expect(outcome).toMatchObject({ segment: 'forgot', recommended: ['pay_in_full', 'deferral'], humanFirst: false, playful: true });
  });

  it('puts a person first and turns off playful nudges in hardship', async () => {
    const { answer } = await quiz();
    const { outcome } = QuizResponse.parse((await answer(HARDSHIP)).body);
    expect(outcome).toMatchObject({ segment: 'hardship', humanFirst: true, playful: false });
    expect(outcome.recommended[0]).toBe('talk_to_person');
    expect(outcome.recommended).toContain('instalments');
  });

  it('tells the backend once per session, even when the debtor answers again', async () => {
    const { answer, events, settle } = await quiz();
    await answer(FORGOT);
    const second = QuizResponse.parse((await answer(HARDSHIP)).body);
    expect(second.outcome.segment).toBe('hardship');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'quiz.completed', claimId: 'clm_de_1001', data: { outcome: { segment: 'forgot' } } });
    expect(events[0]?.id).toMatch(/^quiz\.completed:ses_/);
    await answer(FORGOT, await sessionFor(settle, 'clm_de_1001'));
    expect(events).toHaveLength(2);
  });

  it('follows the creditor’s own recommendation table', async () => {
    const { answer } = await quiz({ journey: { recommendations: { forgot: ['deferral', 'promise_to_pay'] } } });
    const { outcome } = QuizResponse.parse((await answer(FORGOT)).body);
    expect(outcome.recommended).toEqual(['deferral', 'promise_to_pay']);
  });

  it('uses the creditor’s own scoring, but cannot drop a hardship the answers show', async () => {
    const { answer } = await quiz({ journey: { scoreQuiz: () => ({ segment: 'pay_now' }) } });
    expect(QuizResponse.parse((await answer(FORGOT)).body).outcome).toMatchObject({ segment: 'pay_now', recommended: ['pay_in_full'] });
    const hardship = QuizResponse.parse((await answer(HARDSHIP)).body).outcome;
    expect(hardship).toMatchObject({ segment: 'pay_now', humanFirst: true, playful: false, flags: ['hardship'] });
    expect(hardship.recommended[0]).toBe('talk_to_person');
  });

  it('turns a throwing or nonsensical creditor scoring into a 502', async () => {
    const throwing = await quiz({
      journey: {
        scoreQuiz: () => {
          throw new Error('rules db down');
        },
      },
    });
    expect((await throwing.answer(FORGOT)).status).toBe(502);
    const nonsense = await quiz({ journey: { scoreQuiz: () => ({ segment: 'rich' as 'pay_now' }) } });
    expect((await nonsense.answer(FORGOT)).status).toBe(502);
    expect(nonsense.events).toEqual([]);
  });

  it('never recommends an offer the balance does not allow', async () => {
    const { answer } = await quiz({ policy: { enabledOptions: ['pay_in_full', 'instalments', 'partial_payment'], minimumInstalment: 10_000 } });
    const { outcome } = QuizResponse.parse(
      (
        await answer([
          { step: 'what_happened', answer: 'too_much_at_once' },
          { step: 'when', answer: 'bit_by_bit' },
          { step: 'how_much', answer: 'part' },
        ])
      ).body,
    );
    expect(outcome.segment).toBe('instalments');
    expect(outcome.recommended).toEqual(['partial_payment']);
  });

  it('refuses unknown or missing answers with 400 and tells the backend nothing', async () => {
    const { answer, events } = await quiz();
    expect((await answer([{ step: 'what_happened', answer: 'aliens' }, ...FORGOT.slice(1)])).status).toBe(400);
    // Unsure when: "how much" is asked, and missing it is refused.
    expect((await answer([FORGOT[0]!, { step: 'when', answer: 'not_sure' }])).status).toBe(400);
    expect((await answer('nope')).status).toBe(400);
    expect(events).toEqual([]);
  });
});
