import type { Messages } from './en.js';

/**
 * Every locale Settle ships, loaded on demand so a page only downloads the one it shows.
 * Adding a locale: one file next to en.ts typed as `Messages`, and one line here.
 */
/**
 * A locale module. Unbundled (tests), `default` holds every text. In the built widget
 * `default` holds the first-screen groups and `rest` loads the others (see first-screen.ts).
 */
export interface LocaleModule {
  default: Messages | Partial<Messages>;
  rest?: () => Promise<{ default: Partial<Messages> }>;
}

export const LOCALES: Record<string, () => Promise<LocaleModule>> = {
  de: () => import('./de.js'),
  en: () => import('./en.js'),
};

export const DEFAULT_LOCALE = 'en';
