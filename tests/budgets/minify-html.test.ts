import { describe, expect, it } from 'vitest';
import { htmlTemplateTexts, minifyHtml } from '../../packages/widget/build/minify-html.js';

const ID = '/repo/packages/widget/src/elements/x/x.ts';

function squeeze(code: string): string {
  const plugin = minifyHtml() as { transform: (code: string, id: string) => { code: string } | null };
  return plugin.transform(code, ID)?.code ?? code;
}

describe('the build collapses the source layout of Lit html templates', () => {
  it('turns line breaks and indentation between tags into one space', () => {
    expect(squeeze('const v = html`\n  <div>\n    <p>Hi</p>\n  </div>\n`;')).toBe('const v = html` <div> <p>Hi</p> </div> `;');
  });

  it('leaves expressions, their strings and code outside templates untouched, and minifies nested templates', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text under test contains template literals
    const code = "const a = 1;\nconst v = html`<ul>\n  ${items.map((item) => html`\n    <li>${item ? 'x\\n  y' : `t\n  u`}</li>`)}\n</ul>`;\nconst b = 2;";
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the expected source text contains template literals
    expect(squeeze(code)).toBe("const a = 1;\nconst v = html`<ul> ${items.map((item) => html` <li>${item ? 'x\\n  y' : `t\n  u`}</li>`)} </ul>`;\nconst b = 2;");
  });

  it('finds the static parts of each template by offset', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text under test contains a template literal
    const code = 'html`<b>${x}</b>`';
    expect(htmlTemplateTexts(code).map(([start, end]) => code.slice(start, end))).toEqual(['<b>', '</b>']);
  });
});
