import type { LocalizedText } from './localized.js';

/**
 * The text for `locale`, else its base language, else `fallback`, else the first one given.
 * Apart from the schema, so the browser picks texts without the validation library.
 */
export function pickText(text: LocalizedText, locale: string, fallback = 'en'): string {
  const base = locale.split('-')[0] ?? locale;
  return text[locale] ?? text[base] ?? text[fallback] ?? Object.values(text)[0] ?? '';
}
