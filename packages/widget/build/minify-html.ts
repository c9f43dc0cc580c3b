import MagicString from 'magic-string';
import type { Plugin } from 'vite';

/**
 * The static text of every Lit `html` template in `code`, as [start, end) offsets. Walks
 * the source so that `${…}` expressions (with their own strings and nested templates) are
 * skipped, never rewritten.
 */
export function htmlTemplateTexts(code: string): Array<[number, number]> {
  const texts: Array<[number, number]> = [];
  let index = 0;
  // Skips a quoted string or template starting at `at`; returns the index after it.
  const skipQuoted = (at: number, collect: boolean): number => {
    const quote = code[at];
    let i = at + 1;
    let start = i;
    while (i < code.length && code[i] !== quote) {
      if (code[i] === '\\') i += 2;
      else if (quote === '`' && code[i] === '$' && code[i + 1] === '{') {
        if (collect) texts.push([start, i]);
        i = skipExpression(i + 2);
        start = i;
      } else i += 1;
    }
    if (collect) texts.push([start, i]);
    return i + 1;
  };
  // Skips a `${…}` body starting after `${`; returns the index after its closing brace.
  const skipExpression = (at: number): number => {
    let depth = 0;
    let i = at;
    while (i < code.length) {
      const char = code[i] as string;
      if (char === '{') depth += 1;
      else if (char === '}') {
        if (depth === 0) return i + 1;
        depth -= 1;
      } else if (char === '`') {
        i = skipQuoted(i, code.slice(Math.max(0, i - 4), i) === 'html');
        continue;
      } else if (char === '"' || char === "'") {
        i = skipQuoted(i, false);
        continue;
      }
      i += 1;
    }
    return i;
  };
  for (;;) {
    const found = code.indexOf('html`', index);
    if (found < 0) return texts;
    index = skipQuoted(found + 4, true);
  }
}

/**
 * Collapses the line breaks and indentation inside Lit `html` templates at build time.
 * HTML renders a run of whitespace as one space, and the templates hold no `<pre>` or
 * textarea content, so the debtor's phone downloads the markup without its source layout.
 */
export function minifyHtml(): Plugin {
  return {
    name: 'settle-minify-html',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('/packages/widget/src/') || !id.endsWith('.ts') || !code.includes('html`')) return null;
      const output = new MagicString(code);
      for (const [start, end] of htmlTemplateTexts(code)) {
        const text = code.slice(start, end);
        for (const match of text.matchAll(/\s*\n\s*/g)) {
          output.overwrite(start + (match.index ?? 0), start + (match.index ?? 0) + match[0].length, ' ');
        }
      }
      return output.hasChanged() ? { code: output.toString(), map: output.generateMap({ hires: true, source: id }) } : null;
    },
  };
}
