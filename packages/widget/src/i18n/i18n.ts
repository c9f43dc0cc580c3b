import { createInstance, type TOptions } from 'i18next';
import type { TextScope } from './first-screen.js';
import { DEFAULT_LOCALE, LOCALES, type LocaleModule } from './locales/index.js';
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

const modules = new Map<string, Promise<LocaleModule | undefined>>();
const rests = new Map<string, Promise<void>>();
const complete = new Set<string>();

/** Loads a language's module once and adds its (first-screen or whole) texts. */
function loadModule(language: string): Promise<LocaleModule | undefined> {
  let pending = modules.get(language);
  if (!pending) {
    const loader = LOCALES[language];
    pending = loader
      ? loader().then((module) => {
          i18n.addResourceBundle(language, 'translation', module.default, true, true);
          if (!module.rest) complete.add(language);
          return module;
        })
      : Promise.resolve(undefined);
    pending.catch(() => modules.delete(language));
    modules.set(language, pending);
  }
  return pending;
}

/** Loads the rest of a language's texts once, when the build split them off. */
function loadRest(language: string, module: LocaleModule | undefined): Promise<void> {
  if (complete.has(language) || !module?.rest) return Promise.resolve();
  let pending = rests.get(language);
  if (!pending) {
    pending = module.rest().then((rest) => {
      i18n.addResourceBundle(language, 'translation', rest.default, true, true);
      complete.add(language);
    });
    pending.catch(() => rests.delete(language));
    rests.set(language, pending);
  }
  return pending;
}

/**
 * Loads the texts for `locale`'s language (once), so `translator(locale)` can be used:
 * the first-screen texts, or all of them.
 */
export async function loadLocale(locale: string, scope: TextScope = 'all'): Promise<void> {
  const language = textLanguage(locale) ?? DEFAULT_LOCALE;
  const module = await loadModule(language);
  if (scope === 'all') await loadRest(language, module);
}

export function isLocaleLoaded(locale: string, scope: TextScope = 'all'): boolean {
  const language = textLanguage(locale) ?? DEFAULT_LOCALE;
  if (scope === 'all') return complete.has(language);
  return i18n.hasResourceBundle(language, 'translation');
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
