import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shortCssVarNames, shortenCssVars } from '../../packages/widget/build/shorten-css-vars.js';

const TOKENS = 'css`:host { --_space: var(--settle-space, 0.25rem); --_accent: var(--settle-color-accent, #1c5aa6); }`';
const ELEMENT = 'css`.card { padding: calc(var(--_space) * 4); gap: var(--_space); color: var(--_accent); }`; html`<svg><g fill="var(--_illustration-fill)"></g></svg>`';

describe("the build shortens the widget's private custom properties", () => {
  it('gives the names that take the most bytes the shortest new ones', () => {
    const names = shortCssVarNames([TOKENS, ELEMENT]);
    // --_space: 3 × 8 characters, --_illustration-fill: 1 × 20, --_accent: 2 × 9.
    expect(names).toEqual(
      new Map([
        ['--_space', '--_a'],
        ['--_illustration-fill', '--_b'],
        ['--_accent', '--_c'],
      ]),
    );
  });

  it('renames them the same way in every file: styles, templates and code, and leaves --settle-* alone', () => {
    const src = mkdtempSync(join(tmpdir(), 'settle-css-vars-'));
    writeFileSync(join(src, 'tokens.ts'), TOKENS);
    writeFileSync(join(src, 'element.ts'), ELEMENT);
    const plugin = shortenCssVars({ src }) as unknown as { buildStart: () => void; transform: (code: string, id: string) => { code: string } | null };
    plugin.buildStart();
    expect(plugin.transform(TOKENS, join(src, 'tokens.ts'))?.code).toBe('css`:host { --_a: var(--settle-space, 0.25rem); --_c: var(--settle-color-accent, #1c5aa6); }`');
    expect(plugin.transform(ELEMENT, join(src, 'element.ts'))?.code).toBe('css`.card { padding: calc(var(--_a) * 4); gap: var(--_a); color: var(--_c); }`; html`<svg><g fill="var(--_b)"></g></svg>`');
    expect(plugin.transform('const a = 1;', join(src, 'other.ts'))).toBeNull();
    rmSync(src, { recursive: true });
  });

  it('keeps names that pages or tests outside the build use, and never hands them out', () => {
    const names = shortCssVarNames([TOKENS, ELEMENT, 'css`:host { --_a: 1px; }`'], ['el.style.setProperty("--_accent", "red"); getPropertyValue("--_a")']);
    expect(names.has('--_accent')).toBe(false);
    expect(names.has('--_a')).toBe(false);
    expect([...names.values()]).not.toContain('--_a');
    expect([...names.values()]).not.toContain('--_accent');
  });

  it("keeps every name under a prefix that is completed at run time, as the claim's brand colours are", () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the string is source code under test
    const brand = 'sheet.replaceSync(`:host{${rules.map(([key, value]) => `--_b-${key}:${value}`).join(";")}}`)';
    const tokens = 'css`:host { --_accent: var(--settle-color-accent, var(--_b-primary, #1c5aa6)); --_on: var(--_b-onPrimary, #fff); }`';
    const names = shortCssVarNames([brand, tokens, ELEMENT]);
    expect(names.has('--_b-primary')).toBe(false);
    expect(names.has('--_b-onPrimary')).toBe(false);
    expect(names.has('--_b-')).toBe(false);
    expect(names.get('--_accent')).toMatch(/^--_[a-zA-Z]+$/);
    expect([...names.values()].filter((short) => short.startsWith('--_b-'))).toEqual([]);
  });

  it('stops the build when a name is put together at run time', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text under test contains a template literal
    expect(() => shortCssVarNames(['el.style.setProperty(`--_${part}`, value)'])).toThrow(/built at run time/);
  });
});
