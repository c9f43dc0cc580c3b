import type { Presentation } from '@settle/protocol';
import { SettlePresentationEvent } from '../events/settle-presentation.js';

/** The same checks as the server's: nothing that could close the rule or load a URL. */
const COLOR = /^(#[\da-f]{3,8}|(rgba?|hsla?|oklch)\([\d.%\s,/+-]{1,60}\))$/i;
const SAFE = { radius: /^(0|\d{1,3}(\.\d{1,2})?(px|rem|em))$/, font: /^[\w ,'"-]{1,200}$/ };

const sheets = new WeakMap<Presentation, CSSStyleSheet>();

/**
 * The claim's brand as one constructable stylesheet per presentation: private `--_b-*`
 * properties on `:host`, read by the tokens below the page's own `--settle-*` ones, so
 * the host page still wins (strict CSP: no inline styles). Its colour scheme applies
 * only where the page declares none.
 */
function sheetFor(presentation: Presentation): CSSStyleSheet {
  let sheet = sheets.get(presentation);
  if (!sheet) {
    const { colors = {}, radius, fontFamily } = presentation.brand;
    const rules = Object.entries(colors)
      .filter(([key, value]) => /^[a-z]+$/i.test(key) && COLOR.test(value))
      .map(([key, value]) => `--_b-${key}:${value}`);
    if (radius && SAFE.radius.test(radius)) rules.push(`--_b-radius:${radius}`);
    if (fontFamily && SAFE.font.test(fontFamily)) rules.push(`--_b-font:${fontFamily}`);
    const scheme = presentation.colorScheme;
    if (scheme && getComputedStyle(document.documentElement).colorScheme === 'normal') rules.push(`color-scheme:${scheme === 'auto' ? 'light dark' : scheme}`);
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`:host{${rules.join(';')}}`);
    sheets.set(presentation, sheet);
  }
  return sheet;
}

/**
 * Applies the session's presentation to an element (nested elements inherit its brand)
 * and tells the page, e.g. to confirm the brand it painted before the exchange. Its
 * locale and texts reach the element's own texts at its next update.
 */
export function applyPresentation(host: HTMLElement & { presentation?: Presentation | undefined }, presentation: Presentation | undefined): void {
  const root = host.shadowRoot;
  if (!presentation || !root) return;
  host.presentation = presentation;
  const first = !sheets.has(presentation);
  const sheet = sheetFor(presentation);
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  // Once per session, not once per element showing it.
  if (first) host.dispatchEvent(new SettlePresentationEvent(presentation));
}
