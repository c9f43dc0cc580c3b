import { describe, expect, it } from 'vitest';
import { squeezeCss } from '../../packages/widget/build/minify-css.js';

describe('the build squeezes Lit stylesheets', () => {
  it('drops comments and indentation, and spaces around braces, semicolons, commas and child combinators', () => {
    expect(squeezeCss('\n  /* why */\n  .a > .b,\n  .c {\n    color: red;\n    margin: calc(var(--x) * 2) 0;\n  }\n')).toBe('.a>.b,.c{color:red;margin:calc(var(--x) * 2) 0}');
  });

  it('keeps the spaces that change what a rule means: before a pseudo-class, around + and - in calc(), inside strings', () => {
    expect(squeezeCss('.a :hover { width: calc(100% - 2px); }')).toBe('.a :hover{width:calc(100% - 2px)}');
    expect(squeezeCss("a::after { content: ' (' attr(href) ')'; }")).toBe("a::after{content:' (' attr(href) ')'}");
  });

  it("drops each rule's last semicolon and the leading zero of numbers, but not inside strings", () => {
    expect(squeezeCss('.a { font-size: 0.875rem; margin: 0 0.5em -0.25em 10.5px; }\n.b { line-height: 1.5; }')).toBe('.a{font-size:.875rem;margin:0 .5em -0.25em 10.5px}.b{line-height:1.5}');
    expect(squeezeCss(`.c::before { content: '0.5;}'; opacity: 0.5; }`)).toBe(`.c::before{content:'0.5;}';opacity:.5}`);
  });
});
