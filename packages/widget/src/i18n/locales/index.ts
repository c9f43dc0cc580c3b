import type { Messages } from './en.js';

/**
 * Every locale Settle ships, loaded on demand so a page only downloads the one it shows.
 * Adding a locale: one file next to en.ts typed as `Messages`, and one line here.
 */
export const LOCALES: Record<string, () => Promise<{ default: Messages }>> = {
  de: () => import('./de.js'),
  en: () => import('./en.js'),
};

export const DEFAULT_LOCALE = 'en';
