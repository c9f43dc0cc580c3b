import type { Tone } from '../tones.js';
import type { Messages } from './en.js';

/**
 * Every locale Settle ships, loaded on demand so a page only downloads the one it shows.
 * Adding a locale: one file next to en.ts typed as `Messages`, and one line here.
 */
/**
 * A locale module. Unbundled (tests), `default` holds every text. In the built widget
 * `default` holds the first-screen groups in every tone, `rest` loads the other groups
 * as the default tone shows them, and `restTones` as each other tone shows them (see
 * first-screen.ts), so a page downloads only the tone its creditor chose.
 */
export interface LocaleModule {
  default: Messages | Partial<Messages>;
  rest?: () => Promise<{ default: object }>;
  restTones?: Partial<Record<Exclude<Tone, 'empathetic'>, () => Promise<{ default: object }>>>;
}

export const LOCALES: Record<string, () => Promise<LocaleModule>> = {
  de: () => import('./de.js'),
  en: () => import('./en.js'),
};

export const DEFAULT_LOCALE = 'en';
