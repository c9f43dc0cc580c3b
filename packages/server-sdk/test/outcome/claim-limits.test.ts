import { describe, expect, it } from 'vitest';
import { CLAIM_LIMITS } from '../../src/outcome/claim-limits.js';
import { outcomeSettle } from './outcome-settle.js';

const FORGOT = [
  { step: 'what_happened', answer: 'forgot' },
  { step: 'when', answer: 'today' },
  { step: 'how_much', answer: 'all' },
];

describe('per-claim limits', () => {
  it('takes feedback once per claim: a retry answers the same, a second session is refused with 409', async () => {
    const test = await outcomeSettle();
    const first = await test.session();
    const answered = await test.submit('/feedback', first, { score: 4 });
    const retried = await test.submit('/feedback', first, { score: 4 });
    expect(answered.status).toBe(202);
    expect(retried.status).toBe(202);
    expect(await retried.text()).toBe(await answered.text());
    const second = await test.submit('/feedback', await test.session(), { score: 1 });
    expect(second.status).toBe(409);
    expect(await second.json()).toMatchObject({ error: { code: 'conflict', message: expect.stringMatching(/already given/) } });
    expect(test.events.filter((event) => event.type === 'feedback.given')).toHaveLength(1);
  });

  it('limits 1,000 disputes from one session: the first few are recorded, the rest get 429 and store nothing', async () => {
    const test = await outcomeSettle();
    const token = await test.session();
    const { max } = CLAIM_LIMITS.dispute;
    const statuses: number[] = [];
    let keysAfterLimit = 0;
    for (let index = 0; index < 1_000; index += 1) {
      const response = await test.submit('/disputes', token, { reason: 'other', note: `dispute ${index}` }, `dispute-key-${String(index).padStart(4, '0')}`);
      statuses.push(response.status);
      if (index === max + 5) keysAfterLimit = (await test.store.keys('')).length;
    }
    expect(statuses.slice(0, max)).toEqual(Array.from({ length: max }, () => 202));
    expect(statuses.slice(max).every((status) => status === 429)).toBe(true);
    expect((await test.store.keys('')).length).toBe(keysAfterLimit);
    expect(test.events.filter((event) => event.type === 'dispute.opened')).toHaveLength(max);
    const limited = await test.submit('/disputes', token, { reason: 'not_my_debt' }, 'dispute-key-later');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await limited.json()).toMatchObject({ error: { code: 'rate_limited' } });
    // A retry of a dispute already received is still answered, limit or not.
    expect((await test.submit('/disputes', token, { reason: 'other', note: 'dispute 0' }, 'dispute-key-0000')).status).toBe(202);
  });

  it('counts disputes per claim across sessions, and 20 concurrent sends of one dispute as one', async () => {
    const test = await outcomeSettle();
    const token = await test.session();
    const concurrent = await Promise.all(Array.from({ length: 20 }, () => test.submit('/disputes', token, { reason: 'wrong_amount' }, 'same-dispute-key')));
    expect(concurrent.map((response) => response.status)).toEqual(Array.from({ length: 20 }, () => 202));
    const statuses: number[] = [];
    for (let index = 0; index < CLAIM_LIMITS.dispute.max + 1; index += 1) {
      statuses.push((await test.submit('/disputes', await test.session(), { reason: 'wrong_amount' })).status);
    }
    expect(statuses.filter((status) => status === 202)).toHaveLength(CLAIM_LIMITS.dispute.max - 1);
    expect(statuses.at(-1)).toBe(429);
  });

  it('limits contact requests per claim', async () => {
    const test = await outcomeSettle();
    const token = await test.session();
    const statuses: number[] = [];
    for (let index = 0; index < CLAIM_LIMITS.contact.max + 3; index += 1) {
      statuses.push((await test.submit('/contact-requests', token, { channel: 'email' }, `contact-key-${index}0000`)).status);
    }
    expect(statuses.filter((status) => status === 202)).toHaveLength(CLAIM_LIMITS.contact.max);
    expect(statuses.slice(CLAIM_LIMITS.contact.max)).toEqual([429, 429, 429]);
  });

  it('limits quiz scoring per claim', async () => {
    const test = await outcomeSettle();
    const token = await test.session();
    const statuses: number[] = [];
    for (let index = 0; index < CLAIM_LIMITS.quiz.max + 1; index += 1) {
      statuses.push((await test.submit('/quiz', token, { answers: FORGOT })).status);
    }
    expect(statuses.slice(0, CLAIM_LIMITS.quiz.max).every((status) => status === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });
});
