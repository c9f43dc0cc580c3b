import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/repo.js';
import { findCycles, graphOf, packageSources } from './import-graph.js';

describe('import cycles', () => {
  it('finds a cycle made of type-only and re-exporting imports, and none in a chain', () => {
    const cyclic = new Map([
      ['src/options.ts', "import type { Logger } from './logger.js';\nexport const a = 1;"],
      ['src/logger.ts', "export { helper } from './routes/feedback.js';"],
      ['src/routes/feedback.ts', "import { a } from '../options.js';\nexport const helper = a;"],
      ['src/leaf.ts', 'export const leaf = 1;'],
    ]);
    expect(findCycles(graphOf(cyclic))).toEqual([['src/logger.ts', 'src/routes/feedback.ts', 'src/options.ts', 'src/logger.ts']]);
    const chain = new Map([
      ['src/a.ts', "import { b } from './b.js';"],
      ['src/b.ts', "import type { C } from './c/index.js';\nexport const b = 1;"],
      ['src/c/index.ts', 'export type C = number;'],
    ]);
    expect(graphOf(chain).get('src/b.ts')).toEqual(['src/c/index.ts']);
    expect(findCycles(graphOf(chain))).toEqual([]);
  });

  it('follows workspace package names to their sources', () => {
    const crossing = new Map([
      ['packages/protocol/src/index.ts', "export * from '@settle/widget';"],
      ['packages/widget/src/settle.ts', "import type { Claim } from '@settle/protocol';"],
    ]);
    const aliases = { '@settle/protocol': 'packages/protocol/src/index.ts', '@settle/widget': 'packages/widget/src/settle.ts' };
    expect(findCycles(graphOf(crossing, aliases))).toHaveLength(1);
  });

  it('packages/*/src has no import cycle, type-only imports included', () => {
    const { sources, aliases } = packageSources(REPO_ROOT);
    expect(sources.size).toBeGreaterThan(200);
    expect(aliases['@settle/protocol']).toBe('packages/protocol/src/index.ts');
    const cycles = findCycles(graphOf(sources, aliases)).map((cycle) => cycle.join(' -> '));
    expect(cycles).toEqual([]);
  });
});
