import { describe, expect, it } from 'vitest';
import { germanClaim } from '../../../../tests/fixtures/claims.js';
import { post } from '../support.js';
import { reactionSettle } from './reactions-support.js';

const CLAIM = germanClaim().id;
const FORGOT = [
  { step: 'what_happened', answer: 'forgot' },
  { step: 'when', answer: 'today' },
  { step: 'how_much', answer: 'all' },
];

describe('reaction events', () => {
  it("reports link.opened once per exchange, with exactly the time, the link's channel and phase, segment and tone", async () => {
    const test = await reactionSettle();
    const token = await test.open({ claimId: CLAIM, channel: 'whatsapp', phase: 'second_reminder' });
    test.clock.now += 10 * 60_000;
    expect((await test.settle.handle(post('/session', { token }))).status).toBe(200);
    const opened = await test.delivered('link.opened');
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({ claimId: CLAIM, id: expect.stringMatching(/^link\.opened:ses_/) });
    expect(opened[0]?.data).toEqual({ at: '2026-12-03T10:00:00.000Z', channel: 'whatsapp', phase: 'second_reminder', segment: null, tone: 'empathetic' });
  });

  it('reports no link.opened for a portal session, and null channel and phase on its reactions', async () => {
    const test = await reactionSettle();
    const token = await test.settle.createSessionToken({ claimId: CLAIM });
    expect((await test.react(token, { type: 'claim.viewed' })).status).toBe(204);
    expect(await test.delivered('link.opened')).toHaveLength(0);
    expect((await test.delivered('claim.viewed'))[0]?.data).toMatchObject({ channel: null, phase: null });
  });

  it('reports claim.viewed once per session, however often the screen says so', async () => {
    const test = await reactionSettle();
    const token = await test.open();
    for (let time = 0; time < 3; time += 1) expect((await test.react(token, { type: 'claim.viewed' })).status).toBe(204);
    const viewed = await test.delivered('claim.viewed');
    expect(viewed).toHaveLength(1);
    expect(Object.keys(viewed[0]?.data ?? {}).sort()).toEqual(['at', 'channel', 'phase', 'segment', 'tone']);
    // A second link (a later reminder) is a new session: viewed again.
    await test.react(await test.open(), { type: 'claim.viewed' });
    expect(await test.delivered('claim.viewed')).toHaveLength(2);
  });

  it('reports step.viewed once per session and step, and option.chosen once per session and option', async () => {
    const test = await reactionSettle();
    const token = await test.open();
    for (const step of ['summary', 'quiz', 'summary', 'options', 'quiz']) await test.react(token, { type: 'step.viewed', step });
    for (const option of ['instalments', 'pay_in_full', 'instalments']) await test.react(token, { type: 'option.chosen', option });
    expect((await test.delivered('step.viewed')).map((event) => event.data.step)).toEqual(['summary', 'quiz', 'options']);
    expect((await test.delivered('option.chosen')).map((event) => event.data.option)).toEqual(['instalments', 'pay_in_full']);
    expect((await test.delivered('option.chosen'))[0]?.data).toMatchObject({ channel: 'sms', phase: 'first_reminder' });
  });

  it('carries the segment once a quiz scored it', async () => {
    const test = await reactionSettle();
    const token = await test.open();
    await test.settle.handle(post('/quiz', { answers: FORGOT }, { authorization: `Bearer ${token}` }));
    await test.react(token, { type: 'option.chosen', option: 'pay_in_full' });
    expect((await test.delivered('option.chosen'))[0]?.data.segment).toBe('forgot');
  });

  it('refuses an unknown step or option with a typed 400 and reports nothing', async () => {
    const test = await reactionSettle();
    const token = await test.open();
    for (const body of [{ type: 'step.viewed', step: 'admin' }, { type: 'option.chosen', option: 'write_off' }, { type: 'link.opened' }, { type: 'claim.viewed', name: 'x'.repeat(20_000) }]) {
      const response = await test.react(token, body);
      expect(response.status, JSON.stringify(body).slice(0, 60)).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(await response.json()).toMatchObject({ error: { code: expect.stringMatching(/^(bad_request|payload_too_large)$/) } });
    }
    expect((await test.react(token, { type: 'step.viewed', step: 'admin' })).status).toBe(400);
    await test.settle.drain();
    expect(test.effects.map((event) => event.type)).toEqual(['link.opened']);
  });

  it('refuses a report without a session token', async () => {
    const test = await reactionSettle();
    const response = await test.settle.handle(post('/reactions', { type: 'claim.viewed' }));
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: 'token_missing' } });
  });

  it('takes a report before the identity check, and answers it with nothing of the claim', async () => {
    const test = await reactionSettle({ identityCheck: true, backend: { getClaim: async () => germanClaim(), verifyIdentity: async () => false } });
    const token = await test.open();
    const response = await test.react(token, { type: 'step.viewed', step: 'identity' });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect((await test.delivered('step.viewed'))[0]?.data.step).toBe('identity');
  });

  it('limits the reports one session may send with a 429', async () => {
    const test = await reactionSettle();
    const token = await test.open();
    const statuses: number[] = [];
    for (let report = 0; report < 201; report += 1) statuses.push((await test.react(token, { type: 'step.viewed', step: 'summary' })).status);
    expect(statuses.slice(0, 200).every((status) => status === 204)).toBe(true);
    expect(statuses[200]).toBe(429);
  });
});

describe('journey.abandoned', () => {
  it('reports a session that ran out without an outcome, once, with its last step', async () => {
    const test = await reactionSettle();
    const token = await test.open({ claimId: CLAIM, channel: 'email', phase: 'final_notice' });
    await test.react(token, { type: 'step.viewed', step: 'summary' });
    await test.react(token, { type: 'step.viewed', step: 'options' });
    expect(await test.settle.reportAbandonedJourneys()).toBe(0);
    test.clock.now += 16 * 60_000;
    expect(await test.settle.reportAbandonedJourneys()).toBe(1);
    expect(await test.settle.reportAbandonedJourneys()).toBe(0);
    const abandoned = await test.delivered('journey.abandoned');
    expect(abandoned).toHaveLength(1);
    expect(abandoned[0]?.data).toEqual({ at: '2026-12-03T10:16:00.000Z', channel: 'email', phase: 'final_notice', segment: null, tone: 'empathetic', lastStep: 'options' });
  });

  it('waits while renewals keep the session alive, up to its absolute limit', async () => {
    const test = await reactionSettle();
    let token = await test.open();
    for (let minute = 10; minute <= 80; minute += 10) {
      test.clock.now += 10 * 60_000;
      token = ((await (await test.settle.handle(post('/session', { token }))).json()) as { sessionToken: string }).sessionToken;
      expect(await test.settle.reportAbandonedJourneys(), `minute ${minute}`).toBe(0);
    }
    test.clock.now += 12 * 60_000;
    expect(await test.settle.reportAbandonedJourneys()).toBe(1);
    expect((await test.delivered('journey.abandoned'))[0]?.data.lastStep).toBeNull();
  });

  it('reports nothing for a session that ended with an outcome (here a dispute)', async () => {
    const test = await reactionSettle();
    const token = await test.open();
    await test.react(token, { type: 'step.viewed', step: 'dispute' });
    expect((await test.settle.handle(post('/disputes', { reason: 'not_my_debt' }, { authorization: `Bearer ${token}` }))).status).toBe(202);
    test.clock.now += 20 * 60_000;
    expect(await test.settle.reportAbandonedJourneys()).toBe(0);
    expect(await test.delivered('journey.abandoned')).toHaveLength(0);
  });
});
