import type { Rolldown } from 'vite';
import { isLocaleTexts } from './split-locales.js';

/**
 * One chunk per named group of small modules that later steps share. Left to itself the
 * bundler gives every set of steps that shares code its own chunk, and some of those hold
 * a single list or helper of a few hundred bytes; each file pays its own gzip header and
 * starts compressing with no dictionary, so a few of them together cost less than apart.
 * Name only modules the first screen does not use (tests/budgets/step-chunks.test.ts checks
 * that no group lands on the critical path); a step may then load a few hundred bytes of
 * its group that it does not use.
 */
export function sharedStepChunks(groups: Readonly<Record<string, RegExp>>): Rolldown.CodeSplittingGroup[] {
  return Object.entries(groups).map(([name, test]) => ({
    name,
    test,
    // The group's modules import the entry's code from the entry: pulling it in would move it off the first screen.
    includeDependenciesRecursively: false,
  }));
}

/**
 * Code chunks are named by their content hash alone: a chunk's file name is repeated in the
 * import of every file that loads it, and a name like `define` tells nothing anyway
 * (`.vite/manifest.json` maps each file to its source). The locale texts keep their names,
 * which say which language and tone a page downloaded.
 */
export function chunkFileName(chunk: Pick<Rolldown.PreRenderedChunk, 'moduleIds'>): string {
  return chunk.moduleIds.some(isLocaleTexts) ? 'chunks/[name]-[hash].js' : 'chunks/[hash:6].js';
}
