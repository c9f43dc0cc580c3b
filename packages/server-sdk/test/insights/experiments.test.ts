import { describe, expect, it } from 'vitest';
import { assignVariant, differenceInterval, experimentReport, type InsightEvent, type ToneExperiment } from '../../src/insights/index.js';
import { COVERAGE_SCENARIOS, intervalCoverage, seededRandom } from '../../../../tests/fixtures/seeded-random.js';

const EXPERIMENT: ToneExperiment = { id: 'first-reminder-tone-2026-12', phase: 'first_reminder', variants: ['neutral', 'empathetic'] };

describe('tone experiment assignment', () => {
  it('gives a claim the same variant every time', async () => {
    const first = await Promise.all(Array.from({ length: 50 }, (_, index) => assignVariant(EXPERIMENT, `clm_${index}`)));
    const again = await Promise.all(Array.from({ length: 50 }, (_, index) => assignVariant(EXPERIMENT, `clm_${index}`)));
    expect(again).toEqual(first);
  });

  it('splits 10,000 claims close to 50/50, and differently for another experiment', async () => {
    const claims = Array.from({ length: 10_000 }, (_, index) => `clm_${index}`);
    const variants = await Promise.all(claims.map((claimId) => assignVariant(EXPERIMENT, claimId)));
    const empathetic = variants.filter((variant) => variant === 'empathetic').length;
    // 3 standard deviations of a fair split of 10,000 is 150.
    expect(Math.abs(empathetic - 5_000)).toBeLessThan(150);
    const other = await Promise.all(claims.map((claimId) => assignVariant({ ...EXPERIMENT, id: 'another' }, claimId)));
    expect(other.filter((variant, index) => variant !== variants[index]).length).toBeGreaterThan(4_000);
  });
});

describe('the 95 % interval of the difference (Newcombe)', () => {
  it.each(COVERAGE_SCENARIOS)('covers the true difference in 93-97 % of 2,000 simulated experiments (rates $p1 vs $p2, $n claims each)', ({ p1, p2, n }) => {
    const coverage = intervalCoverage(differenceInterval, { p1, p2, n, runs: 2_000, seed: 20261203 });
    expect(coverage).toBeGreaterThanOrEqual(0.93);
    expect(coverage).toBeLessThanOrEqual(0.97);
  });
});

describe('experimentReport', () => {
  async function simulate(claims: number, rates: Record<'neutral' | 'empathetic', number>, seed: number): Promise<InsightEvent[]> {
    const random = seededRandom(seed);
    const events: InsightEvent[] = [];
    for (let index = 0; index < claims; index += 1) {
      const claimId = `clm_${seed}_${index}`;
      const variant = (await assignVariant(EXPERIMENT, claimId)) as 'neutral' | 'empathetic';
      events.push({ type: 'message.sent', claimId, time: '2026-12-01T09:00:00Z', phase: 'first_reminder', tone: variant, experimentId: EXPERIMENT.id, variant });
      if (random() < rates[variant]) events.push({ type: 'payment.succeeded', claimId, time: '2026-12-02T19:00:00Z' });
    }
    return events;
  }

  it('calls a large true difference significant and says which tone converts better', async () => {
    const report = await experimentReport(EXPERIMENT, await simulate(2_000, { neutral: 0.2, empathetic: 0.3 }, 1));
    const [comparison] = report.comparisons;
    expect(report.variants.map((variant) => variant.variant)).toEqual(['neutral', 'empathetic']);
    expect(comparison?.significant).toBe(true);
    expect(comparison?.difference.low).toBeGreaterThan(0);
    expect(comparison?.summary.en).toContain('Empathetic converts better than Neutral');
    expect(comparison?.summary.de).toContain('Empathisch wirkt besser als Neutral');
  });

  it('says plainly that no difference is significant yet when the interval includes 0', async () => {
    const report = await experimentReport(EXPERIMENT, await simulate(200, { neutral: 0.25, empathetic: 0.25 }, 2));
    const [comparison] = report.comparisons;
    expect(comparison?.significant).toBe(false);
    expect(comparison?.difference.low).toBeLessThan(0);
    expect(comparison?.difference.high).toBeGreaterThan(0);
    expect(comparison?.summary.en).toContain('not significant yet');
    expect(comparison?.summary.de).toContain('noch nicht signifikant');
  });

  it('calls nothing significant below the minimum sample, however large the gap', async () => {
    const events: InsightEvent[] = [];
    for (let index = 0; index < 20; index += 1) {
      const claimId = `small_${index}`;
      const variant = await assignVariant(EXPERIMENT, claimId);
      events.push({ type: 'message.sent', claimId, time: '2026-12-01T09:00:00Z', phase: 'first_reminder' });
      if (variant === 'empathetic') events.push({ type: 'plan.agreed', claimId, time: '2026-12-01T10:00:00Z' });
    }
    const [comparison] = (await experimentReport(EXPERIMENT, events)).comparisons;
    expect(comparison?.enoughClaims).toBe(false);
    expect(comparison?.significant).toBe(false);
    expect(comparison?.summary.en).toContain('Too few claims');
  });

  it('counts only claims sent a message of the experiment phase', async () => {
    const report = await experimentReport(EXPERIMENT, [
      { type: 'message.sent', claimId: 'x', time: '2026-12-01T09:00:00Z', phase: 'second_reminder' },
      { type: 'payment.succeeded', claimId: 'x', time: '2026-12-01T10:00:00Z' },
    ]);
    expect(report.variants.reduce((sum, variant) => sum + variant.claims, 0)).toBe(0);
  });
});
