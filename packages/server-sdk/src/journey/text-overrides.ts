import type { TextOverrides } from '@settle/protocol';
import { TEXT_KEYS } from './text-keys.js';

/**
 * The keys of creditor texts the widget does not have (a typo, a removed text): they
 * would never show, so the creditor hears about them instead of wondering why.
 */
export function unknownTextKeys(texts: TextOverrides | undefined): string[] {
  return [...new Set(Object.values(texts ?? {}).flatMap((byKey) => Object.keys(byKey)))].filter((key) => !TEXT_KEYS.has(key));
}
