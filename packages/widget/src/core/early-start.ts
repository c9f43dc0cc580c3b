import { FIRST_SCREEN_ELEMENTS } from '../i18n/first-screen.js';
import { formattingLocale } from '../i18n/formatting-locale.js';
import { loadLocale } from '../i18n/i18n.js';
import { localeCandidates, resolveLocale } from '../i18n/resolve-locale.js';
import { takeFragmentToken } from './fragment-token.js';
import { openSession } from './sessions.js';

/**
 * Starts what Settle elements already on the page will ask for first (the session
 * exchange and the first screen's texts) while the code of those loaded lazily is still
 * on its way, instead of one round trip after it. The elements join both when they
 * start: `openSession` and `loadLocale` answer a second caller with the same request.
 * A failure here is the element's to report: it asks again and shows the error itself.
 */
export function startEarly(root: ParentNode): void {
  for (const element of root.querySelectorAll<HTMLElement>('[api]')) {
    if (!element.localName.startsWith('settle-') || customElements.get(element.localName)) continue;
    const api = element.getAttribute('api');
    const token = element.getAttribute('token') ?? (element.getAttribute('token-from') === 'fragment' ? takeFragmentToken() : undefined);
    if (api && token) openSession(api, token).catch(() => undefined);
    if (FIRST_SCREEN_ELEMENTS.has(element.localName)) {
      const locale = resolveLocale(localeCandidates(element, element.getAttribute('locale') ?? undefined));
      loadLocale(locale, 'first-screen').catch(() => undefined);
      warmFormats(formattingLocale(locale));
    }
  }
}

/**
 * Intl loads a locale's data the first time it formats in it, which on a slow phone takes
 * longer than drawing the whole first screen. Done here, after the requests went out, it
 * fills the wait for the session instead of delaying the paint once the claim arrives.
 */
function warmFormats(locale: string): void {
  // One task each, so a session answer that arrives meanwhile waits for one, not all three.
  // Intl's own constructors, not format.ts: importing it here splits the entry into chunks.
  setTimeout(() => new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(0));
  setTimeout(() => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(0));
  setTimeout(() => new Intl.DisplayNames(locale, { type: 'region' }).of('DE'));
}
