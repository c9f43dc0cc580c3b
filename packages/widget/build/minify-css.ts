import type { Plugin } from 'vite';

/** A Lit `css` template's text, e.g. css`...` up to its closing backtick (styles hold no backticks). */
const CSS_TEMPLATE = /\bcss`([^`]*)`/g;

/**
 * Comments and indentation out of one stylesheet: whitespace runs become one space (calc()
 * needs spaces around + and -), and none is kept around braces, semicolons, commas and `>`,
 * inside parentheses, or after a colon; a rule's last semicolon and a number's leading zero
 * go too. A space before a colon stays, since `a :hover` and `a:hover` select different things.
 */
export function squeezeCss(text: string): string {
  const squeezed = text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/([:(]) | (\))/g, '$1$2')
    .trim();
  // Outside quoted strings: no `;` before `}`, and no leading zero (`0.875rem` -> `.875rem`).
  return squeezed
    .split(/('[^']*'|"[^"]*")/)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(/;}/g, '}').replace(/(?<![\w.-])0\.(\d)/g, '.$1')))
    .join('');
}

/**
 * Minifies the widget's Lit stylesheets at build time. The bundler minifies the code around
 * them but leaves template text as written, so every comment and indent in `css` would
 * otherwise reach the debtor's phone.
 */
export function minifyCss(): Plugin {
  return {
    name: 'settle-minify-css',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('/packages/widget/src/') || !id.endsWith('.ts') || !code.includes('css`')) return null;
      return { code: code.replace(CSS_TEMPLATE, (_template, text: string) => `css\`${squeezeCss(text)}\``), map: null };
    },
  };
}
