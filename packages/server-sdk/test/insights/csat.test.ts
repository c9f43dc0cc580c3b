import { describe, expect, it } from 'vitest';
import { csat, type InsightEvent } from '../../src/insights/index.js';

const feedback = (claimId: string, score: number): InsightEvent => ({ type: 'feedback.submitted', claimId, time: '2026-12-03T10:00:00Z', score });

describe('csat', () => {
  const events: InsightEvent[] = [
    { type: 'option.chosen', claimId: 'a', time: '2026-12-03T09:00:00Z', segment: 'forgot' },
    { type: 'option.chosen', claimId: 'b', time: '2026-12-03T09:00:00Z', segment: 'forgot' },
    { type: 'option.chosen', claimId: 'c', time: '2026-12-03T09:00:00Z', segment: 'hardship' },
    feedback('a', 9),
    feedback('b', 6),
    feedback('c', 8),
    feedback('d', 3),
    feedback('e', 12),
  ];

  it('averages the scores and counts each score on the 1-9 scale, leaving out scores off the scale', () => {
    const report = csat(events);
    expect(report.all.responses).toBe(4);
    expect(report.all.average).toBe(6.5);
    expect(report.all.distribution).toEqual([0, 0, 1, 0, 0, 1, 0, 1, 1]);
  });

  it("reports per segment, taking the segment from the claim's journey", () => {
    const report = csat(events);
    expect(report.bySegment.forgot).toEqual({ responses: 2, average: 7.5, distribution: [0, 0, 0, 0, 0, 1, 0, 0, 1] });
    expect(report.bySegment.hardship?.average).toBe(8);
  });

  it('follows a configured scale and has no average without responses', () => {
    expect(csat([feedback('a', 5)], { min: 1, max: 5 }).all.distribution).toEqual([0, 0, 0, 0, 1]);
    expect(csat([]).all.average).toBeNull();
  });
});
