import { fileURLToPath, pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import type { Plugin } from 'vite';
import { FIRST_SCREEN_GROUPS } from '../src/i18n/first-screen.js';
import { TONES, toneOfKey } from '../src/i18n/tones.js';

const LOCALE_FILE = /\/i18n\/locales\/([a-z]{2,3}(?:-[A-Z]{2})?)\.ts$/;
const REST = 'settle-locale-rest:';

type Texts = Record<string, unknown>;

async function readTexts(file: string): Promise<Texts> {
  const module = (await tsImport(pathToFileURL(file).href, import.meta.url)) as { default: Texts };
  return module.default;
}

function pick(texts: Texts, keep: (group: string) => boolean): Texts {
  return Object.fromEntries(Object.entries(texts).filter(([group]) => keep(group)));
}

/** The texts of one tone (undefined: the default tone's, which every tone falls back to), nesting kept, empty groups dropped. */
export function pickTone(texts: Texts, tone: string | undefined): Texts {
  const picked: Texts = {};
  for (const [key, value] of Object.entries(texts)) {
    if (typeof value === 'object' && value !== null) {
      const group = pickTone(value as Texts, tone);
      if (Object.keys(group).length > 0) picked[key] = group;
    } else if (toneOfKey(key) === tone) {
      picked[key] = value;
    }
  }
  return picked;
}

const OTHER_TONES = TONES.filter((tone) => tone !== 'empathetic');

/**
 * Splits each locale file at build time into the first-screen groups in every tone (its
 * default export, small), a lazily imported chunk with the rest in the default tone
 * (`rest()`), and one chunk per other tone with that tone's variants of the rest
 * (`restTones`). The source stays one file per locale; unbundled (in tests) the module
 * simply exports everything.
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
      return `export default ${JSON.stringify(pickTone(rest, tone))};`;
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
