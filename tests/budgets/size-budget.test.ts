import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sumSizes, WidgetBundle } from '../bench/bundle-graph.js';

// Bytes are deterministic, so they are budgeted here; times are not, and live in `npm run bench`.
const KB = 1024;
const BUDGET = { criticalPathGzip: 35 * KB, stepChunkGzip: 15 * KB, wholeWidgetGzip: 80 * KB };
const dist = fileURLToPath(new URL('../../packages/widget/dist', import.meta.url));

describe('widget size budgets (min + gzip)', () => {
  it('has a build to measure (npm run build:widget)', () => {
    expect(existsSync(`${dist}/.vite/manifest.json`)).toBe(true);
  });

  const bundle = existsSync(`${dist}/.vite/manifest.json`) ? new WidgetBundle(dist) : undefined;

  it('keeps the critical path to the painted claim summary within 35 KB, in either locale', () => {
    for (const locale of ['en', 'de']) {
      const total = sumSizes(bundle?.criticalPath(locale) ?? []);
      expect(total.gzip, `critical path (${locale}): ${(total.gzip / KB).toFixed(1)} KB`).toBeLessThanOrEqual(BUDGET.criticalPathGzip);
      expect(total.gzip).toBeGreaterThan(0);
    }
  });

  it('keeps each later step chunk within 15 KB', () => {
    for (const step of bundle?.lazySteps() ?? []) {
      const total = sumSizes(step.sizes);
      expect(total.gzip, `${step.name}: ${(total.gzip / KB).toFixed(1)} KB`).toBeLessThanOrEqual(BUDGET.stepChunkGzip);
    }
  });

  it('keeps the whole widget without provider SDKs within 80 KB', () => {
    const total = sumSizes(bundle?.whole() ?? []);
    expect(total.gzip, `whole widget: ${(total.gzip / KB).toFixed(1)} KB`).toBeLessThanOrEqual(BUDGET.wholeWidgetGzip);
    expect(total.gzip).toBeGreaterThan(0);
  });
});
