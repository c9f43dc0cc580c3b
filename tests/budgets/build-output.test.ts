import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The built scripts are served as they are, so every byte in them reaches the debtor's phone.
const dist = fileURLToPath(new URL('../../packages/widget/dist', import.meta.url));

function scripts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'types' || entry.name.startsWith('.') ? [] : scripts(path);
    return entry.name.endsWith('.js') ? [relative(dist, path)] : [];
  });
}

describe('built widget scripts (npm run build:widget)', () => {
  const files = existsSync(dist) ? scripts(dist) : [];

  it('has scripts to check', () => {
    expect(files).toContain('settle.js');
    expect(files.length).toBeGreaterThan(10);
  });

  it('carry no source-map link and no bundler notes', () => {
    const noisy = files.filter((file) => /sourceMappingURL|[@#]__PURE__|[@#]__NO_SIDE_EFFECTS__/.test(readFileSync(join(dist, file), 'utf8')));
    expect(noisy).toEqual([]);
  });

  it('still have their source maps beside them', () => {
    // The locale texts split off at build time are plain data without a map.
    const code = files.filter((file) => !/settle-locale-rest/.test(file));
    for (const file of code) {
      const map = JSON.parse(readFileSync(join(dist, `${file}.map`), 'utf8')) as { version: number; file: string };
      expect(map, file).toMatchObject({ version: 3, file: basename(file) });
    }
    expect(code.length).toBeGreaterThan(10);
  });

  it("names in settle-manifest.json the chunks each lazy element's and language's first screen needs beyond settle.js", () => {
    const manifest = JSON.parse(readFileSync(join(dist, 'settle-manifest.json'), 'utf8')) as { preload: { elements: Record<string, string[]>; texts: Record<string, string[]> } };
    const { elements, texts } = manifest.preload;
    expect(Object.keys(elements)).toEqual(expect.arrayContaining(['settle-flow', 'settle-quiz', 'settle-plan-picker', 'settle-checkout', 'settle-identity']));
    expect(Object.keys(texts).sort()).toEqual(['de', 'en']);
    const sourcesOf = (file: string) => (JSON.parse(readFileSync(join(dist, `${file}.map`), 'utf8')) as { sources: string[] }).sources;
    for (const listed of [...Object.values(elements), ...Object.values(texts)]) {
      expect(listed.length).toBeGreaterThan(0);
      for (const file of listed) expect(files, file).toContain(file);
      expect(listed).not.toContain('settle.js');
    }
    expect(elements['settle-flow']?.flatMap(sourcesOf).some((source) => source.includes('/elements/flow/'))).toBe(true);
    // The split-off texts carry no sources in their maps: their file names say the language.
    expect(texts.de).toEqual([expect.stringMatching(/^chunks\/de-/)]);
    expect(texts.en).toEqual([expect.stringMatching(/^chunks\/en-/)]);
  });
});
