import { fileURLToPath, pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import type { Plugin } from 'vite';
import { FIRST_SCREEN_GROUPS } from '../src/i18n/first-screen.js';
import { TONES, toneOfKey } from '../src/i18n/tones.js';

const LOCALE_FILE = /\/i18n\/locales\/([a-z]{2,3}(?:-[A-Z]{2})?)\.ts$/;
const REST = 'settle-locale-rest:';

type Texts = Record<string, unknown>;

/** A module of texts: a locale file (its first-screen part once built) or a part split off from one. */
export function isLocaleTexts(id: string): boolean {
  return LOCALE_FILE.test(id.split('?')[0] ?? '') || id.startsWith(`\0${REST}`);
}

async function readTexts(file: string): Promise<Texts> {
  const module = (await tsImport(pathToFileURL(file).href, import.meta.url)) as { default: Texts };
  return module.default;
}

function pick(texts: Texts, keep: (group: string) => boolean): Texts {
  return Object.fromEntries(Object.entries(texts).filter(([group]) => keep(group)));
}

const PLURAL_FORM = /^(.+)_(zero|one|two|few|many|other)$/;

/** The key that overrides `key` in `tone`: `title` -> `title_formal`, `days_one` -> `days_formal_one`. */
function toneVariantOf(key: string, tone: string): string {
  const plural = PLURAL_FORM.exec(key);
  return plural ? `${plural[1]}_${tone}_${plural[2]}` : `${key}_${tone}`;
}

/**
 * Everything a page in `tone` can show (undefined: the default tone): that tone's
 * variants, and the default texts it has no variant for. Nesting kept, empty groups dropped.
 */
export function textsForTone(texts: Texts, tone: string | undefined): Texts {
  const picked: Texts = {};
  for (const [key, value] of Object.entries(texts)) {
    if (typeof value === 'object' && value !== null) {
      const group = textsForTone(value as Texts, tone);
      if (Object.keys(group).length > 0) picked[key] = group;
      continue;
    }
    const keyTone = toneOfKey(key);
    const overridden = tone !== undefined && Object.hasOwn(texts, toneVariantOf(key, tone));
    if (keyTone === tone || (keyTone === undefined && !overridden)) picked[key] = value;
  }
  return picked;
}

const OTHER_TONES = TONES.filter((tone) => tone !== 'empathetic');

/**
 * Splits each locale file at build time into the first-screen groups in every tone (its
 * default export, small) and, for the later steps, one lazily imported chunk per tone
 * with just what that tone shows: `rest()` for the default tone, `restTones` for the
 * others. The source stays one file per locale; unbundled (in tests) the module simply
 * exports everything.
 */
export function splitLocales(): Plugin {
  const files = new Map<string, string>();
  return {
    name: 'settle-split-locales',
    apply: 'build',
    resolveId(id) {
      return id.startsWith(REST) ? `\0${id}` : null;
    },
    async load(id) {
      if (!id.startsWith(`\0${REST}`)) return null;
      const [locale, tone] = id.slice(REST.length + 1).split(':');
      const file = files.get(locale ?? '');
      if (!file) throw new Error(`split-locales: unknown locale in ${id}`);
      const rest = pick(await readTexts(file), (group) => !FIRST_SCREEN_GROUPS.includes(group));
      return `export default ${JSON.stringify(textsForTone(rest, tone))};`;
    },
    async transform(_code, id) {
      const match = LOCALE_FILE.exec(id.split('?')[0] ?? '');
      if (!match?.[1]) return null;
      const file = fileURLToPath(pathToFileURL(id.split('?')[0] as string));
      files.set(match[1], file);
      const first = pick(await readTexts(file), (group) => FIRST_SCREEN_GROUPS.includes(group));
      return {
        code: [
          `export default ${JSON.stringify(first)};`,
          `export const rest = () => import(${JSON.stringify(REST + match[1])});`,
          `export const restTones = {${OTHER_TONES.map((tone) => `${tone}: () => import(${JSON.stringify(`${REST}${match[1]}:${tone}`)})`).join(', ')}};`,
          '',
        ].join('\n'),
        map: null,
      };
    },
  };
}
