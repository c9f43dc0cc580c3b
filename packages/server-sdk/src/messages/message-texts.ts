import i18next, { type TFunction } from 'i18next';
import de from './locales/de.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };
import type { MessageLocale } from './format.js';
import type { MessageTone } from './types.js';

/**
 * One i18next instance for every message, with the texts in the widget's JSON v4 format:
 * nested keys, `{{name}}` placeholders, `_one/_other` plurals, tones as contexts
 * (`key_formal`; the plain key is the empathetic default). Texts go out unescaped: the
 * email escapes every value itself, and SMS and WhatsApp are plain text.
 */
const texts = i18next.createInstance();
void texts.init({
  resources: { de: { translation: de }, en: { translation: en } },
  lng: 'en',
  fallbackLng: false,
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export type MessageText = (key: string, values?: Record<string, unknown>) => string;

/** The texts of one locale in one tone; a tone without its own text uses the default one. */
export function messageTexts(locale: MessageLocale, tone: MessageTone): MessageText {
  const t: TFunction = texts.getFixedT(locale);
  const context = tone === 'empathetic' ? undefined : tone;
  return (key, values = {}) => {
    const text = t(key, { ...values, ...(context ? { context } : {}) }) as string;
    if (text === key) throw new Error(`Message text "${key}" is missing in ${locale}`);
    // A name ending in a full stop ("Kind Recovery Inc.") before a sentence's own stop.
    return text.replace(/(?<!\.)\.\.(?!\.)/g, '.');
  };
}
