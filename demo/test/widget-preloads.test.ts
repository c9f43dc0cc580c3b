import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { linkPagePreloads } from '../src/server/widget-preloads.js';

describe('the link page preloads', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  function dist(manifest: unknown): string {
    const dir = mkdtempSync(join(tmpdir(), 'settle-preloads-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'settle-manifest.json'), JSON.stringify(manifest));
    return dir;
  }

  it("are the flow's chunks and the page language's first texts, from the widget manifest", async () => {
    const dir = dist({ preload: { elements: { 'settle-flow': ['chunks/flow.js', 'chunks/shared.js'], 'settle-quiz': ['chunks/quiz.js'] }, texts: { de: ['chunks/de.js'], en: ['chunks/en.js'] } } });
    expect(await linkPagePreloads(dir, 'de')).toEqual(['chunks/flow.js', 'chunks/shared.js', 'chunks/de.js']);
    expect(await linkPagePreloads(dir, 'en')).toEqual(['chunks/flow.js', 'chunks/shared.js', 'chunks/en.js']);
  });

  it('are none without a manifest or its preload list, so the page still works', async () => {
    expect(await linkPagePreloads(join(tmpdir(), 'settle-no-such-dist'), 'de')).toEqual([]);
    expect(await linkPagePreloads(dist({ files: {} }), 'de')).toEqual([]);
  });
});
