import { describe, expect, it } from 'vitest';
import { usClaim } from '../../../../tests/fixtures/claims.js';
import { outcomeSettle } from './outcome-settle.js';

describe('offer dates follow the claim', () => {
  it('a US claim due 2027-01-07 offers "pay later" and "promise to pay" from its due date, and accepts a date in that window', async () => {
    const test = await outcomeSettle();
    test.clock.now = Date.parse('2026-12-03T15:00:00Z');
    test.claims.set(usClaim().id, { ...usClaim(), dueDate: '2027-01-07' });
    const token = await test.session(usClaim().id);
    const terms = (await test.offers(token)).map((signed) => signed.offer.terms);
    expect(terms.find((offer) => offer.kind === 'deferral')).toMatchObject({ earliestDate: '2027-01-08', latestDate: '2027-02-06' });
    expect(terms.find((offer) => offer.kind === 'promise_to_pay')).toMatchObject({ earliestDate: '2027-01-07', latestDate: '2027-01-21' });
    await test.acceptOffer(token, 'deferral', { date: '2027-02-06' });
    expect(await test.outcome(token, usClaim().id)).toMatchObject({ state: 'deferred', until: '2027-02-06' });
  });
});
