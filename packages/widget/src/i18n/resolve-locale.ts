import { DEFAULT_LOCALE, LOCALES } from './locales/index.js';

function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

/** The language Settle has texts for: `de-AT` -> `de`; undefined when none fits. */
export function textLanguage(tag: string): string | undefined {
  const language = tag.split('-')[0]?.toLowerCase() ?? '';
  return Object.hasOwn(LOCALES, language) ? language : undefined;
}

/**
 * Picks the first candidate Settle has texts for, keeping its region (`de-AT`) so dates
 * and amounts follow local conventions. Candidates come in order: the element's
 * `locale`, the page's `lang`, then the browser's languages.
 */
export function resolveLocale(candidates: ReadonlyArray<string | null | undefined>): string {
  for (const candidate of candidates) {
    if (!candidate) continue;
    const tag = canonical(candidate);
    if (tag && textLanguage(tag)) return tag;
  }
  return DEFAULT_LOCALE;
}

/**
 * The candidates for an element, in priority order; `ownLang` is a `lang` Settle set on it.
 * The claim's locale (`claimLocale`, from the creditor) comes after the page's own
 * `locale` and `lang`, so a portal showing the debtor's chosen language keeps it.
 */
export function localeCandidates(element: HTMLElement, attribute: string | undefined, ownLang?: string, claimLocale?: string): Array<string | undefined> {
  const from = ownLang !== undefined && element.getAttribute('lang') === ownLang ? element.parentElement : element;
  const pageLang = from?.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
  return [attribute, pageLang, claimLocale, ...navigator.languages];
}
