import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import de from '../../packages/widget/src/i18n/locales/de.js';
import en from '../../packages/widget/src/i18n/locales/en.js';
import { createTranslate, type Messages } from '../../packages/widget/src/i18n/translate.js';

// The build splits each locale file into first-screen texts (every tone) and, for the later
// steps, one chunk per tone holding only what that tone shows. A page in a tone loads the
// first screen and that tone's chunk: every text must read exactly as from the source file.
const chunks = fileURLToPath(new URL('../../packages/widget/dist/chunks', import.meta.url));
const OTHER_TONES = ['neutral', 'formal', 'easy'] as const;
const TONE_SUFFIX = /_(neutral|formal|easy)(?=_|$)/;
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

interface BuiltLocale {
  default: Messages;
  rest: () => Promise<{ default: Messages }>;
  restTones: Record<(typeof OTHER_TONES)[number], () => Promise<{ default: Messages }>>;
}

/** Every text's key path, e.g. `planPicker.offer.deferral.title_formal`. */
function keyPaths(texts: Messages, prefix = ''): string[] {
  return Object.entries(texts).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keyPaths(value, `${prefix}${key}.`)));
}

/** The key that overrides `path` in `tone`: `a.title` -> `a.title_formal`, `a.days_one` -> `a.days_formal_one`. */
function toneVariant(path: string, tone: string): string {
  const plural = PLURAL_SUFFIX.exec(path);
  return plural ? `${path.slice(0, plural.index)}_${tone}${plural[0]}` : `${path}_${tone}`;
}

function merge(...parts: Messages[]): Messages {
  const merged: Messages = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      const existing = merged[key];
      merged[key] = typeof value === 'object' && typeof existing === 'object' ? merge(existing, value) : value;
    }
  }
  return merged;
}

async function builtLocale(locale: string): Promise<BuiltLocale> {
  const file = readdirSync(chunks).find((name) => new RegExp(`^${locale}-[\\w-]+\\.js$`).test(name));
  if (!file) throw new Error(`no built locale module for ${locale} (run npm run build:widget)`);
  return (await import(pathToFileURL(`${chunks}/${file}`).href)) as BuiltLocale;
}

describe('locale texts split by the build', () => {
  it.each([
    ['en', en as Messages],
    ['de', de as Messages],
  ])('%s: each tone reads every text exactly as from the source, from the first screen and its own chunk', async (locale, source) => {
    const built = await builtLocale(locale);
    const lookups = [...new Set(keyPaths(source).map((path) => path.replace(PLURAL_SUFFIX, '').replace(TONE_SUFFIX, '')))];
    expect(lookups.length).toBeGreaterThan(300);
    const tones = [['empathetic', await built.rest()], ...(await Promise.all(OTHER_TONES.map(async (tone) => [tone, await built.restTones[tone]()] as const)))] as const;
    for (const [tone, later] of tones) {
      const context = tone === 'empathetic' ? undefined : tone;
      const split = createTranslate(locale, () => [merge(built.default, later.default)], context);
      const whole = createTranslate(locale, () => [source], context);
      for (const key of lookups) {
        for (const count of [undefined, 0, 1, 2, 5]) {
          const values = count === undefined ? {} : { count };
          expect(split(key, values), `${tone}: ${key} (${String(count)})`).toBe(whole(key, values));
        }
      }
    }
  });

  it.each([
    ['en', en as Messages],
    ['de', de as Messages],
  ])("%s: a tone's chunk holds no other tone's texts and no default text that tone overrides", async (locale, source) => {
    const built = await builtLocale(locale);
    const all = new Set(keyPaths(source));
    const plain = keyPaths((await built.rest()).default);
    expect(plain.filter((path) => TONE_SUFFIX.test(path))).toEqual([]);
    for (const tone of OTHER_TONES) {
      const paths = keyPaths((await built.restTones[tone]()).default);
      expect(paths.filter((path) => (TONE_SUFFIX.exec(path)?.[1] ?? tone) !== tone)).toEqual([]);
      const overridden = paths.filter((path) => !TONE_SUFFIX.test(path) && all.has(toneVariant(path, tone)));
      expect(overridden, `${tone} carries default texts it overrides`).toEqual([]);
    }
  });
});
