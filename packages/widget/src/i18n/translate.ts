/**
 * Looks texts up in i18next's JSON v4 message format: nested keys joined by dots,
 * `{{name}}` placeholders, plural forms as `key_one` / `key_other` (chosen with
 * Intl.PluralRules, `key_zero` for a count of 0 when present) and contexts as
 * `key_formal`, combined as `key_formal_one`.
 *
 * Settle uses only these five features, which take a few hundred bytes here; i18next
 * itself would be 15 KB on the page before the claim can paint. The locale files stay
 * in i18next's format, so translators' tools keep working on them.
 */
export interface Messages {
  [key: string]: string | Messages;
}

export type TextValues = Record<string, unknown> & { count?: number };

export function lookup(messages: Messages | undefined, key: string): string | undefined {
  let node: string | Messages | undefined = messages;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string' || !Object.hasOwn(node, part)) return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Fills `{{name}}` placeholders. Values are not HTML-escaped: Lit renders texts as text. */
export function interpolate(text: string, values: TextValues | undefined): string {
  if (!values) return text;
  return text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_match, name: string) => {
    const value = values[name];
    return value === undefined || value === null ? '' : String(value);
  });
}

/** The keys to try for one text, most specific first: context and plural form, then plainer ones. */
export function candidateKeys(key: string, context: string | undefined, pluralForm: string | undefined, count: number | undefined): string[] {
  const bases = context ? [`${key}_${context}`, key] : [key];
  const suffixes = pluralForm ? [...(count === 0 ? ['_zero'] : []), `_${pluralForm}`, ''] : [''];
  return bases.flatMap((base) => suffixes.map((suffix) => base + suffix));
}

/**
 * A translate function over message sets in fallback order (e.g. de-AT's: de, then en);
 * `adapt` changes a text before its values go in (a region's spelling).
 * A key no set has comes back as itself, which shows up in tests and screenshots.
 * `own` holds the creditor's texts for this locale by full key (`contact.title_formal`):
 * each replaces Settle's text of the same key only, so a tone or plural form the creditor
 * did not write keeps Settle's, and a key Settle does not have is never shown.
 */
export function createTranslate(
  locale: string,
  sets: () => ReadonlyArray<Messages | undefined>,
  context?: string,
  own?: Record<string, string>,
  adapt: (text: string) => string = (text) => text,
): (key: string, values?: TextValues) => string {
  const plurals = new Intl.PluralRules(locale);
  return (key, values) => {
    const count = values?.count;
    const keys = candidateKeys(key, context, typeof count === 'number' ? plurals.select(count) : undefined, count);
    for (const messages of sets()) {
      for (const candidate of keys) {
        const text = lookup(messages, candidate);
        if (text !== undefined && text !== '') return interpolate(own?.[candidate] || adapt(text), values);
      }
    }
    return key;
  };
}
