import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EMAILED_LINK_PAGE, journeySteps, sumSizes, TONES, WidgetBundle } from '../bench/bundle-graph.js';

// Bytes are deterministic, so they are budgeted here; times are not, and live in `npm run bench`.
const KB = 1024;
const BUDGET = { criticalPathGzip: 35 * KB, stepChunkGzip: 15 * KB, wholeWidgetGzip: 80 * KB };
const LOCALES = ['en', 'de'];
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
    // Code chunks are named by hash: what they hold is in their source maps.
    const sources = files.flatMap((file) => (JSON.parse(readFileSync(`${dist}/${file}.map`, 'utf8')) as { sources: string[] }).sources);
    expect(sources.some((source) => source.includes('/elements/flow/'))).toBe(true);
    expect(sources.filter((source) => /\/payments\/|\/elements\/checkout\/|stripe|paypal|schemas/.test(source))).toEqual([]);
  });

  it('ships no validation library at all', () => {
    const files = new Set(LOCALES.flatMap((locale) => TONES.flatMap((tone) => bundle?.whole(locale, tone) ?? [])).map((size) => size.file));
    const scripts = [...files].filter((file) => file.endsWith('.js'));
    // Only the locale texts split off at build time come without a map: they are plain data.
    expect(scripts.filter((file) => !existsSync(`${dist}/${file}.map`) && !/settle-locale-rest/.test(file))).toEqual([]);
    const sources = scripts.filter((file) => existsSync(`${dist}/${file}.map`)).flatMap((file) => (JSON.parse(readFileSync(`${dist}/${file}.map`, 'utf8')) as { sources: string[] }).sources);
    // The source maps name every package a chunk holds: lit is in them, zod must not be.
    expect(sources.some((source) => source.includes('/node_modules/lit'))).toBe(true);
    expect(sources.filter((source) => source.includes('/zod/'))).toEqual([]);
  });

  it('keeps every chunk a later step loads within 15 KB, in every locale and tone', () => {
    for (const locale of LOCALES) {
      const first = bundle?.criticalPath(locale, EMAILED_LINK_PAGE) ?? [];
      for (const tone of TONES) {
        const steps = bundle?.stepsInOrder(first, journeySteps(locale, tone)) ?? [];
        expect(steps).toHaveLength(4);
        const later = steps.flatMap((step) => step.sizes);
        expect(later.length).toBeGreaterThan(4);
        for (const chunk of later) expect(chunk.gzip, `${locale}, ${tone}: ${chunk.file}: ${kb(chunk.gzip)}`).toBeLessThanOrEqual(BUDGET.stepChunkGzip);
      }
    }
  });

  it('keeps the whole widget in one locale and tone, without provider SDKs, within 80 KB', () => {
    for (const locale of LOCALES) {
      for (const tone of TONES) {
        const total = sumSizes(bundle?.whole(locale, tone) ?? []);
        expect(total.gzip, `whole widget (${locale}, ${tone}): ${kb(total.gzip)}`).toBeLessThanOrEqual(BUDGET.wholeWidgetGzip);
        expect(total.gzip).toBeGreaterThan(40 * KB);
      }
    }
  });

  it("ships only the chosen tone of the later steps' texts", () => {
    const files = (tone: (typeof TONES)[number]) => new Set(bundle?.whole('en', tone).map((size) => size.file));
    const plain = files('empathetic');
    const easy = files('easy');
    expect([...easy].filter((file) => !plain.has(file))).toEqual([expect.stringMatching(/settle-locale-rest_en_easy-/)]);
    expect([...plain].filter((file) => !easy.has(file))).toEqual([expect.stringMatching(/settle-locale-rest_en-/)]);
  });
});
