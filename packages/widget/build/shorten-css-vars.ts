import { readFileSync } from 'node:fs';
import MagicString from 'magic-string';
import type { Plugin } from 'vite';
import { filesUnder, shortName } from './short-names.js';

/** A private custom property: `--_space`, `--_illustration-fill` (public ones are `--settle-*`). */
const PRIVATE_VAR = /--_[\w-]+/g;
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** A prefix completed at run time: `--_b-${key}` (the claim's brand colours) names every `--_b-*`. */
const RUNTIME_PREFIX = /(--_[\w-]+)\$\{/g;

/**
 * Short names (`--_a`, `--_b`, ...) for the private custom properties in `sources`, the most
 * used first. Names that `outside` mentions (pages or tests that read or set them) keep
 * theirs, and no short name is one of those. Names under a prefix completed at run time
 * (`--_b-${key}`) keep theirs too, and no short name starts with such a prefix. A name built
 * entirely at run time (`--_` followed by a quote or `${`) cannot be followed, so it stops the build.
 */
export function shortCssVarNames(sources: readonly string[], outside: readonly string[] = []): Map<string, string> {
  const counts = new Map<string, number>();
  const prefixes = new Set<string>();
  for (const source of sources) {
    if (/--_(?:['"`]|\$\{)/.test(source)) throw new Error('shorten-css-vars: a private custom property name is built at run time');
    for (const [, prefix] of source.matchAll(RUNTIME_PREFIX)) prefixes.add(prefix!);
    for (const [name] of source.matchAll(PRIVATE_VAR)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const kept = new Set(outside.flatMap((text) => [...text.matchAll(PRIVATE_VAR)].map(([name]) => name)));
  const keeps = (name: string) => kept.has(name) || [...prefixes].some((prefix) => name.startsWith(prefix));
  const names = new Map<string, string>();
  let next = 0;
  for (const [name] of [...counts].sort(([a, aCount], [b, bCount]) => bCount * b.length - aCount * a.length || a.localeCompare(b))) {
    if (keeps(name)) continue;
    let short = `--_${shortName(next++, LETTERS)}`;
    while (keeps(short)) short = `--_${shortName(next++, LETTERS)}`;
    if (short.length < name.length) names.set(name, short);
  }
  return names;
}

/**
 * Renames the widget's private custom properties (`--_accent` -> `--_c`) in every source
 * file at build time, in styles, templates and code alike. They are private by convention
 * (see theme/tokens.ts): a page themes the widget through `--settle-*`, which stay as they are.
 */
export function shortenCssVars(options: { src: string; outside?: readonly string[] }): Plugin {
  let names = new Map<string, string>();
  return {
    name: 'settle-shorten-css-vars',
    apply: 'build',
    buildStart() {
      const isSource = (file: string) => file.endsWith('.ts') && !file.endsWith('.test.ts');
      const outside = (options.outside ?? []).flatMap((dir) => filesUnder(dir, (file) => /\.(ts|js|mjs|html|css)$/.test(file)));
      names = shortCssVarNames(
        filesUnder(options.src, isSource).map((file) => readFileSync(file, 'utf8')),
        outside.map((file) => readFileSync(file, 'utf8')),
      );
    },
    transform(code, id) {
      if (!id.startsWith(options.src) || !id.endsWith('.ts') || !code.includes('--_')) return null;
      const output = new MagicString(code);
      for (const match of code.matchAll(PRIVATE_VAR)) {
        const short = names.get(match[0]);
        if (short) output.overwrite(match.index, match.index + match[0].length, short);
      }
      return output.hasChanged() ? { code: output.toString(), map: output.generateMap({ hires: true, source: id }) } : null;
    },
  };
}
