import { describe, expect, it } from 'vitest';
import { contactTimes, type InsightEvent } from '../../src/insights/index.js';

describe('contactTimes', () => {
  it("puts each reaction in the debtor's own weekday and hour", () => {
    // Thursday 3 Dec 2026, 20:30 UTC: 21:30 in Berlin, 14:30 in Chicago.
    const events: InsightEvent[] = [
      { type: 'link.opened', claimId: 'de', time: '2026-12-03T20:30:00Z', timeZone: 'Europe/Berlin' },
      { type: 'link.opened', claimId: 'us', time: '2026-12-03T20:30:00Z', timeZone: 'America/Chicago' },
      // Saturday 00:30 in Berlin is still Friday evening in UTC.
      { type: 'payment.succeeded', claimId: 'de', time: '2026-12-04T23:30:00Z', timeZone: 'Europe/Berlin' },
    ];
    const times = contactTimes(events);
    expect(times.opens[3]?.[21]).toBe(1);
    expect(times.opens[3]?.[14]).toBe(1);
    expect(times.outcomes[5]?.[0]).toBe(1);
    expect(times.opens.flat().reduce((a, b) => a + b)).toBe(2);
  });

  it('names the slot with the most outcomes as the best time, opens breaking ties', () => {
    const events: InsightEvent[] = [
      ...Array.from({ length: 5 }, (_, index): InsightEvent => ({ type: 'link.opened', claimId: `o${index}`, time: '2026-12-01T08:10:00Z' })),
      { type: 'plan.agreed', claimId: 'p1', time: '2026-12-03T19:05:00Z' },
      { type: 'contact.requested', claimId: 'p2', time: '2026-12-03T19:45:00Z' },
      { type: 'payment.succeeded', claimId: 'p3', time: '2026-12-01T08:20:00Z' },
    ];
    expect(contactTimes(events).best).toEqual({ weekday: 'thu', hour: 19, opens: 0, outcomes: 2 });
  });

  it('uses the default zone for events without one, and has no best time without data', () => {
    const times = contactTimes([{ type: 'link.opened', claimId: 'x', time: '2026-12-07T07:00:00Z' }], 'Europe/Berlin');
    expect(times.opens[0]?.[8]).toBe(1);
    expect(contactTimes([]).best).toBeNull();
  });
});
