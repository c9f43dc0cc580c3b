import { describe, expect, it } from 'vitest';
import { SessionResponse } from '@settle/protocol';
import { germanClaim } from '../../../../tests/fixtures/claims.js';
import { post, testSettle } from '../support.js';
import { reactionSettle } from './reactions-support.js';

const CLAIM = germanClaim().id;
const TONES = { byPhase: { first_reminder: 'empathetic', second_reminder: 'neutral', final_notice: 'formal' }, bySegment: { hardship: { final_notice: 'easy' } } } as const;
const HARDSHIP = [
  { step: 'what_happened', answer: 'difficult_time' },
  { step: 'when', answer: 'not_sure' },
  { step: 'how_much', answer: 'nothing_now' },
];

async function exchange(settle: Awaited<ReturnType<typeof testSettle>>['settle'], link: Parameters<typeof settle.createLinkToken>[0]): Promise<SessionResponse> {
  const response = await settle.handle(post('/session', { token: await settle.createLinkToken(link) }));
  return SessionResponse.parse(await response.json());
}

describe('tone per collection phase', () => {
  it("answers the exchange with the tone the creditor maps the link's phase to, and keeps it on renewal", async () => {
    const { settle, clock } = await testSettle({ tonePerPhase: TONES });
    expect((await exchange(settle, { claimId: CLAIM, phase: 'first_reminder' })).tone).toBe('empathetic');
    expect((await exchange(settle, { claimId: CLAIM, phase: 'second_reminder' })).tone).toBe('neutral');
    const final = await exchange(settle, { claimId: CLAIM, phase: 'final_notice' });
    expect(final.tone).toBe('formal');
    clock.now += 10 * 60_000;
    const renewed = SessionResponse.parse(await (await settle.handle(post('/session', { token: final.sessionToken }))).json());
    expect(renewed.tone).toBe('formal');
  });

  it('falls back to journey.tone for a phase it does not map and for a link without a phase', async () => {
    const { settle } = await testSettle({ tonePerPhase: TONES, journey: { tone: 'neutral' } });
    expect((await exchange(settle, { claimId: CLAIM, phase: 'thank_you' })).tone).toBe('neutral');
    expect((await exchange(settle, { claimId: CLAIM })).tone).toBe('neutral');
  });

  it("sounds as mapped for the debtor's segment once a quiz scored it, from the next link on, and reactions carry that tone", async () => {
    const test = await reactionSettle({ tonePerPhase: TONES });
    const first = await test.open({ claimId: CLAIM, channel: 'email', phase: 'final_notice' });
    await test.settle.handle(post('/quiz', { answers: HARDSHIP }, { authorization: `Bearer ${first}` }));
    const response = await test.settle.handle(post('/session', { token: await test.settle.createLinkToken({ claimId: CLAIM, channel: 'email', phase: 'final_notice' }) }));
    const next = SessionResponse.parse(await response.json());
    expect(next.tone).toBe('easy');
    const opened = await test.delivered('link.opened');
    expect(opened.map((event) => [event.data.tone, event.data.segment])).toEqual([
      ['formal', null],
      ['easy', 'hardship'],
    ]);
  });

  it('refuses a mapping to an unknown phase or tone at start-up, naming it', async () => {
    await expect(testSettle({ tonePerPhase: { byPhase: { final_notice: 'stern' as never } } })).rejects.toThrow(/tonePerPhase\.byPhase\.final_notice/);
    await expect(testSettle({ tonePerPhase: { byPhase: { court: 'formal' } as never } })).rejects.toThrow(/tonePerPhase/);
  });
});
