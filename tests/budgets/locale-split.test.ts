import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import de from '../../packages/widget/src/i18n/locales/de.js';
import en from '../../packages/widget/src/i18n/locales/en.js';

// The build splits each locale file into first-screen texts, the rest in the default tone,
// and each other tone's variants of the rest. Loading every part of the built module must
// give back exactly the source file: no text lost, none duplicated, none in the wrong part.
const chunks = fileURLToPath(new URL('../../packages/widget/dist/chunks', import.meta.url));
const TONES = ['neutral', 'formal', 'easy'] as const;
const TONE_KEY = /_(neutral|formal|easy)(?:_(?:zero|one|two|few|many|other))?$/;

interface BuiltLocale {
  default: object;
  rest: () => Promise<{ default: object }>;
  restTones: Record<(typeof TONES)[number], () => Promise<{ default: object }>>;
}

/** Every text as `path.to.key = text`, so parts can be compared and counted. */
function entries(texts: object, prefix = ''): string[] {
  return Object.entries(texts).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? entries(value as object, `${prefix}${key}.`) : [`${prefix}${key} = ${String(value)}`],
  );
}

async function builtLocale(locale: string): Promise<BuiltLocale> {
  const file = readdirSync(chunks).find((name) => new RegExp(`^${locale}-[\\w-]+\\.js$`).test(name));
  if (!file) throw new Error(`no built locale module for ${locale}`);
  return (await import(pathToFileURL(`${chunks}/${file}`).href)) as BuiltLocale;
}

describe('locale texts split by the build', () => {
  it.each([
    ['en', en],
    ['de', de],
  ] as const)('%s: first screen, rest and the three tones add up to the source file exactly', async (locale, source) => {
    const built = await builtLocale(locale);
    const rest = await built.rest();
    const tones = await Promise.all(TONES.map((tone) => built.restTones[tone]()));
    const parts = [built.default, rest.default, ...tones.map((part) => part.default)].flatMap((part) => entries(part));
    expect(parts.sort()).toEqual(entries(source).sort());

    expect(entries(rest.default).filter((entry) => TONE_KEY.test(entry.split(' = ')[0] ?? ''))).toEqual([]);
    TONES.forEach((tone, index) => {
      const keys = entries(tones[index]?.default ?? {}).map((entry) => entry.split(' = ')[0] ?? '');
      expect(keys.length).toBeGreaterThan(10);
      expect(keys.filter((key) => TONE_KEY.exec(key)?.[1] !== tone)).toEqual([]);
    });
  });
});
