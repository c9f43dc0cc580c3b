import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/repo.js';

/**
 * Code that reaches a browser has no HTML or code sinks: creditor and debtor strings can
 * only ever become text, and nothing needs 'unsafe-eval' or 'unsafe-inline'. The browser
 * tests prove the rendered result; this guards every file, including screens no test opens.
 */

const BROWSER_CODE = ['packages/widget/src', 'packages/protocol/src', 'demo/src/browser'];

const SINKS: [string, RegExp][] = [
  ['innerHTML / outerHTML', /\.(inner|outer)HTML\b/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['document.write', /document\.write(ln)?\s*\(/],
  ["Lit's unsafeHTML / unsafeSVG", /unsafe(HTML|SVG)\b/],
  ['eval', /(^|[^.\w])eval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['string timers', /set(Timeout|Interval)\s*\(\s*['"`]/],
  ['javascript: URLs', /['"`]javascript:/i],
  ['inline event handler attributes', /setAttribute\(\s*['"]on[a-z]+['"]/],
  ['createContextualFragment', /createContextualFragment/],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|js|mjs)$/.test(entry.name) && !/\.(test|fake)\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe('HTML and code sinks in browser code', () => {
  const files = BROWSER_CODE.flatMap((dir) => sourceFiles(join(REPO_ROOT, dir)));

  it('scans the widget, protocol and demo browser sources', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  for (const [name, pattern] of SINKS) {
    it(`uses no ${name}`, () => {
      const hits = files.flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .map((line, index) => ({ line, index }))
          .filter(({ line }) => pattern.test(line) && !/^\s*(\/\*|\*|\/\/)/.test(line))
          .map(({ index }) => `${relative(REPO_ROOT, file)}:${index + 1}`),
      );
      expect(hits).toEqual([]);
    });
  }
});
