import type { TextOverrides } from '@settle/protocol';
import type { TextScope } from './first-screen.js';
import { DEFAULT_LOCALE, LOCALES, type LocaleModule } from './locales/index.js';
import { textLanguage } from './resolve-locale.js';
import type { Tone } from './tones.js';
import { createTranslate, type Messages, type TextValues } from './translate.js';

export { TONES, type Tone } from './tones.js';

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
/** Modules already loaded, so an element can tell synchronously whether its texts are there. */
const loadedModules = new Map<string, LocaleModule | undefined>();
/** Parts split off by the build (`rest`, `rest:formal`, ...) per language: pending or done. */
const parts = new Map<string, Promise<void>>();
const doneParts = new Set<string>();

/** Loads a language's module once and adds its first-screen (or, unbundled, all) texts. */
function loadModule(language: string): Promise<LocaleModule | undefined> {
  let pending = modules.get(language);
  if (!pending) {
    const loader = LOCALES[language];
    pending = loader
      ? loader().then((module) => {
          addTexts(language, module.default);
          loadedModules.set(language, module);
          return module;
        })
      : Promise.resolve(undefined);
    pending.catch(() => modules.delete(language));
    modules.set(language, pending);
  }
  return pending;
}

interface TextPart {
  /** Which part, per language: `rest` or `rest:<tone>`. */
  id: string;
  load: () => Promise<{ default: object }>;
}

/**
 * The part a scope needs beyond the module: for all texts, the later steps' texts in the
 * tone (each tone's chunk is complete for that tone). None when unbundled.
 */
function partNeeded(module: LocaleModule | undefined, scope: TextScope, tone: Tone): TextPart | undefined {
  if (scope !== 'all' || !module?.rest) return undefined;
  const inTone = tone === 'empathetic' ? undefined : module.restTones?.[tone];
  return inTone ? { id: `rest:${tone}`, load: inTone } : { id: 'rest', load: module.rest };
}

/** Loads one split-off part of a language's texts once. */
function loadPart(language: string, part: TextPart): Promise<void> {
  const id = `${language}|${part.id}`;
  let pending = parts.get(id);
  if (!pending) {
    pending = part.load().then((loaded) => {
      addTexts(language, loaded.default);
      doneParts.add(id);
    });
    pending.catch(() => parts.delete(id));
    parts.set(id, pending);
  }
  return pending;
}

/**
 * Loads the texts for `locale`'s language and `tone` (each part once), so
 * `translator(locale, tone)` can be used: the first-screen texts, or all of them.
 */
export async function loadLocale(locale: string, scope: TextScope = 'all', tone: Tone = 'empathetic'): Promise<void> {
  const language = textLanguage(locale) ?? DEFAULT_LOCALE;
  const part = partNeeded(await loadModule(language), scope, tone);
  if (part) await loadPart(language, part);
}

export function isLocaleLoaded(locale: string, scope: TextScope = 'all', tone: Tone = 'empathetic'): boolean {
  const language = textLanguage(locale) ?? DEFAULT_LOCALE;
  if (!loadedModules.has(language)) return false;
  const part = partNeeded(loadedModules.get(language), scope, tone);
  return !part || doneParts.has(`${language}|${part.id}`);
}

/**
 * The few words US English spells or says its own way; the English texts serve both
 * otherwise, and Intl writes US dates and amounts for `en-US` by itself.
 */
export function usEnglish(text: string): string {
  return text
    .replace(/nstalment/g, 'nstallment')
    .replace(/[Pp]ostcode/g, 'ZIP code')
    .replace(/\b(un)?tick\b/g, '$1check');
}

/**
 * A translate function fixed to one locale and tone. Fallback goes region -> language
 * -> English (de-AT -> de -> en). Tones are contexts: a key `title_formal` is used for
 * the formal tone and falls back to `title`. The creditor's `texts` apply for this
 * locale only (`de-AT` over `de`), never another language's: an English page shows no
 * German creditor text.
 */
export function translator(locale: string, tone: Tone, texts?: TextOverrides): Translate {
  const languages = [...new Set([textLanguage(locale), DEFAULT_LOCALE].filter((language) => language !== undefined))];
  const own = texts && { ...texts[languages[0] as string], ...texts[locale] };
  return createTranslate(locale, () => languages.map((language) => bundles.get(language)), tone === 'empathetic' ? undefined : tone, own, locale === 'en-US' ? usEnglish : undefined);
}
