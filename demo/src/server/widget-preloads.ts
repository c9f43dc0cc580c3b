import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

interface PreloadManifest {
  preload?: { elements?: Record<string, string[]>; texts?: Record<string, string[]> };
}

/**
 * The widget chunks the emailed-link page paints its first screen with (`<settle-flow>`'s
 * code and the page language's first texts), from the build's settle-manifest.json. Read
 * per request, so a rebuilt widget is preloaded as built; without a manifest, nothing is
 * preloaded and the page works as before, one round trip slower.
 */
export async function linkPagePreloads(widgetDistDir: string, lang: string): Promise<string[]> {
  try {
    const { preload } = JSON.parse(await readFile(join(widgetDistDir, 'settle-manifest.json'), 'utf8')) as PreloadManifest;
    return [...(preload?.elements?.['settle-flow'] ?? []), ...(preload?.texts?.[lang] ?? [])];
  } catch {
    return [];
  }
}
