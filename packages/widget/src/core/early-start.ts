import { FIRST_SCREEN_ELEMENTS } from '../i18n/first-screen.js';
import { loadLocale } from '../i18n/i18n.js';
import { localeCandidates, resolveLocale } from '../i18n/resolve-locale.js';
import { takeFragmentToken } from './fragment-token.js';
import { openSession } from './sessions.js';

/**
 * Starts what Settle elements already on the page will ask for first (the session
 * exchange, the first screen's texts and formatters) while the code of those loaded lazily is still
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
      setTimeout(() => warmUpIntl(locale));
    }
  }
}

/**
 * A tab's first Intl formatters load the locale data every later one shares: in the bench's
 * profile, the largest single cost of rendering the first screen. Built while the session
 * is on its way, they take time the debtor waits for the network anyway. Built here rather
 * than through i18n/format.ts's cache: importing that module into this one made the bundler
 * split settle.js into several files, a round trip more than the warm-up saves.
 */
function warmUpIntl(locale: string): void {
  new Intl.NumberFormat(locale).format(0);
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(0);
}
