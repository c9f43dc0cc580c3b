import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EMAILED_LINK_PAGE, journeySteps, sumSizes, WidgetBundle } from '../bench/bundle-graph.js';

// Bytes are deterministic, so they are budgeted here; times are not, and live in `npm run bench`.
// The whole widget's budget is set at today's size so it cannot grow while it is brought to 80 KB.
const KB = 1024;
const BUDGET = { criticalPathGzip: 35 * KB, stepChunkGzip: 15 * KB, wholeWidgetGzip: 97 * KB };
const dist = fileURLToPath(new URL('../../packages/widget/dist', import.meta.url));
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

describe('widget size budgets (min + gzip)', () => {
  it('has a build to measure (npm run build:widget)', () => {
    expect(existsSync(`${dist}/.vite/manifest.json`)).toBe(true);
  });

  const bundle = existsSync(`${dist}/.vite/manifest.json`) ? new WidgetBundle(dist) : undefined;

  it('keeps the emailed-link page up to the painted claim summary within 35 KB, in either locale', () => {
    for (const locale of ['en', 'de']) {
      const total = sumSizes(bundle?.criticalPath(locale, EMAILED_LINK_PAGE) ?? []);
      expect(total.gzip, `critical path (${locale}): ${kb(total.gzip)}`).toBeLessThanOrEqual(BUDGET.criticalPathGzip);
      expect(total.gzip).toBeGreaterThan(20 * KB);
    }
  });

  it('loads no provider SDK and no validation library before the claim summary paints', () => {
    const files = bundle?.criticalPath('en', EMAILED_LINK_PAGE).map((size) => size.file) ?? [];
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((file) => /stripe|paypal|sandbox|checkout|schemas/.test(file))).toEqual([]);
  });

  it('keeps every chunk a later step loads within 15 KB', () => {
    const first = bundle?.criticalPath('en', EMAILED_LINK_PAGE) ?? [];
    const steps = bundle?.stepsInOrder(first, journeySteps('en')) ?? [];
    expect(steps).toHaveLength(4);
    const later = steps.flatMap((step) => step.sizes);
    expect(later.length).toBeGreaterThan(4);
    for (const chunk of later) expect(chunk.gzip, `${chunk.file}: ${kb(chunk.gzip)}`).toBeLessThanOrEqual(BUDGET.stepChunkGzip);
  });

  it('keeps the whole widget in one locale, without provider SDKs, within 97 KB', () => {
    const total = sumSizes(bundle?.whole('en') ?? []);
    expect(total.gzip, `whole widget: ${kb(total.gzip)}`).toBeLessThanOrEqual(BUDGET.wholeWidgetGzip);
    expect(total.gzip).toBeGreaterThan(0);
  });
});
