import type { TextScope } from './first-screen.js';
import { DEFAULT_LOCALE, LOCALES, type LocaleModule } from './locales/index.js';
import { textLanguage } from './resolve-locale.js';
import { createTranslate, type Messages, type TextValues } from './translate.js';

/** How the creditor wants to sound. `easy` is Leichte Sprache / plain English. */
export type Tone = 'empathetic' | 'neutral' | 'formal' | 'easy';
export const TONES: readonly Tone[] = ['empathetic', 'neutral', 'formal', 'easy'];

export type Translate = (key: string, values?: TextValues) => string;

/** Each language's texts, shared by all Settle elements on the page. */
const bundles = new Map<string, Messages>();

function addTexts(language: string, texts: object): void {
  bundles.set(language, deepMerge(bundles.get(language) ?? {}, texts as Messages));
}

function deepMerge(target: Messages, source: Messages): Messages {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    // Copies nested groups, so a locale module's own objects are never changed.
    target[key] = typeof value === 'object' ? deepMerge(typeof existing === 'object' ? existing : {}, value) : value;
  }
  return target;
}

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
          addTexts(language, module.default);
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
      addTexts(language, rest.default);
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
  return bundles.has(language);
}

/**
 * A translate function fixed to one locale and tone. Fallback goes region -> language
 * -> English (de-AT -> de -> en). Tones are contexts: a key `title_formal` is used for
 * the formal tone and falls back to `title`.
 */
export function translator(locale: string, tone: Tone): Translate {
  const languages = [...new Set([textLanguage(locale), DEFAULT_LOCALE].filter((language) => language !== undefined))];
  return createTranslate(locale, () => languages.map((language) => bundles.get(language)), tone === 'empathetic' ? undefined : tone);
}
