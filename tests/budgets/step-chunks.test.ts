import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chunkFileName, sharedStepChunks } from '../../packages/widget/build/step-chunks.js';
import { EMAILED_LINK_PAGE, WidgetBundle } from '../bench/bundle-graph.js';

// The build puts small modules the later steps share into a few named chunks instead of one
// tiny file per set of steps, puts the secondary request steps (contact, dispute, feedback)
// into one chunk, and names code chunks by hash alone. None of it may move code onto the
// first screen, nor lose a module.
const dist = fileURLToPath(new URL('../../packages/widget/dist', import.meta.url));
const built = existsSync(`${dist}/.vite/manifest.json`);

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

function sourcesOf(file: string): string[] {
  return (JSON.parse(readFileSync(`${dist}/${file}.map`, 'utf8')) as { sources: string[] }).sources.map((source) => source.replace(/^(\.\.\/)+/, '/'));
}

describe('chunk file names', () => {
  it('names code by its hash alone, and keeps the names of the locale texts', () => {
    expect(chunkFileName({ moduleIds: ['/repo/packages/widget/src/elements/quiz/define.ts', '/repo/packages/widget/src/elements/quiz/quiz.ts'] })).toBe('chunks/[hash:6].js');
    expect(chunkFileName({ moduleIds: ['/repo/packages/widget/src/i18n/locales/de.ts'] })).toBe('chunks/[name]-[hash].js');
    expect(chunkFileName({ moduleIds: ['\0settle-locale-rest:en:formal'] })).toBe('chunks/[name]-[hash].js');
  });
});

describe('chunks of small modules the later steps share', () => {
  it('groups the modules each pattern names, and leaves their imports where they are', () => {
    const groups = sharedStepChunks({ checks: /checks\//, requests: /forms\// });
    expect(groups.map((group) => group.name)).toEqual(['checks', 'requests']);
    for (const group of groups) expect(group.includeDependenciesRecursively).toBe(false);
  });

  it.runIf(built)('builds each group as one chunk that only later steps import, off the critical path', () => {
    const manifest = JSON.parse(readFileSync(`${dist}/.vite/manifest.json`, 'utf8')) as Record<string, ManifestChunk>;
    const files = Object.values(manifest).map((chunk) => chunk.file);
    const bySources = (pattern: RegExp) => files.filter((file) => existsSync(`${dist}/${file}.map`) && sourcesOf(file).some((source) => pattern.test(source)));
    const checks = bySources(/\/(offer-kinds|journey-options|protocol-values)\.ts$/);
    const requests = bySources(/\/forms\/(submit-once|request-forms|time-window)\.ts$|\/elements\/(contact|dispute|feedback)\/\w+\.ts$/);
    expect(checks).toHaveLength(1);
    expect(requests).toHaveLength(1);
    expect(sourcesOf(checks[0] as string).sort()).toEqual(['/protocol/src/journey/journey-options.ts', '/protocol/src/plans/offer-kinds.ts', '/src/api/checks/protocol-values.ts']);
    expect(sourcesOf(requests[0] as string).sort()).toEqual([
      '/src/api/checks/recorded-requests.ts',
      '/src/elements/contact/contact.ts',
      '/src/elements/contact/define.ts',
      '/src/elements/dispute/define.ts',
      '/src/elements/dispute/dispute.ts',
      '/src/elements/feedback/define.ts',
      '/src/elements/feedback/feedback.styles.ts',
      '/src/elements/feedback/feedback.ts',
      '/src/elements/feedback/outcome.ts',
      '/src/elements/feedback/receipt.ts',
      '/src/forms/choices.ts',
      '/src/forms/request-forms.ts',
      '/src/forms/submit-once.ts',
      '/src/forms/time-window.ts',
    ]);

    const bundle = new WidgetBundle(dist);
    for (const locale of ['en', 'de']) {
      const critical = bundle.criticalPath(locale, EMAILED_LINK_PAGE).map((size) => size.file);
      expect(critical).toContain('settle.js');
      expect(critical).not.toContain(checks[0]);
      expect(critical).not.toContain(requests[0]);
    }
    // The entry loads the request steps' chunk only when a page shows one of them.
    const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
    expect((entry?.imports ?? []).map((key) => manifest[key]?.file)).not.toContain(requests[0]);
    expect(readFileSync(`${dist}/settle.js`, 'utf8')).toContain(`import(\`./${requests[0] as string}\`)`);
    for (const group of checks) {
      const importers = Object.values(manifest).filter((chunk) => chunk.imports?.some((key) => manifest[key]?.file === group));
      expect(importers.length, group).toBeGreaterThanOrEqual(2);
      expect(importers.filter((chunk) => chunk.isEntry)).toEqual([]);
    }
  });
});
