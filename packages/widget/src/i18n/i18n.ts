import { createInstance, type TOptions } from 'i18next';
import { DEFAULT_LOCALE, LOCALES } from './locales/index.js';
import { textLanguage } from './resolve-locale.js';

/** How the creditor wants to sound. `easy` is Leichte Sprache / plain English. */
export type Tone = 'empathetic' | 'neutral' | 'formal' | 'easy';
export const TONES: readonly Tone[] = ['empathetic', 'neutral', 'formal', 'easy'];

export type Translate = (key: string, options?: TOptions) => string;

/**
 * One i18next instance for all Settle elements. Texts render through Lit text bindings,
 * so i18next must not HTML-escape values (that would show `&amp;` to the debtor).
 * Fallback goes region -> language -> English (de-AT -> de -> en).
 */
const i18n = createInstance();
void i18n.init({
  fallbackLng: DEFAULT_LOCALE,
  resources: {},
  partialBundledLanguages: true,
  interpolation: { escapeValue: false },
  returnNull: false,
  returnEmptyString: false,
  initAsync: false,
});

const loading = new Map<string, Promise<void>>();

/** Loads the texts for `locale`'s language (once), so `translator(locale)` can be used. */
export function loadLocale(locale: string): Promise<void> {
  const language = textLanguage(locale) ?? DEFAULT_LOCALE;
  let pending = loading.get(language);
  if (!pending) {
    const loader = LOCALES[language];
    pending = loader
      ? loader().then((module) => {
          i18n.addResourceBundle(language, 'translation', module.default, true, true);
        })
      : Promise.resolve();
    pending.catch(() => loading.delete(language));
    loading.set(language, pending);
  }
  return pending;
}

export function isLocaleLoaded(locale: string): boolean {
  return i18n.hasResourceBundle(textLanguage(locale) ?? DEFAULT_LOCALE, 'translation');
}

/**
 * A translate function fixed to one locale and tone. Tones are i18next contexts: a key
 * `title_formal` is used for the formal tone and falls back to `title`.
 */
export function translator(locale: string, tone: Tone): Translate {
  const fixed = i18n.getFixedT(locale);
  const context = tone === 'empathetic' ? undefined : tone;
  return (key, options) => fixed(key, context ? { context, ...options } : options ?? {}) as string;
}
