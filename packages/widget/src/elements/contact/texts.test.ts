import { expect } from '@open-wc/testing';
import de from '../../i18n/locales/de.js';
import en from '../../i18n/locales/en.js';

/** The text blocks of the quiz, feedback, dispute and contact elements. */
const BLOCKS = ['quiz', 'feedback', 'dispute', 'contact'] as const;
const TONES = ['neutral', 'formal', 'easy'];
/** Words that are the same in both languages. */
const SAME_IN_BOTH = new Set(['Chat', 'Chat:', 'Sending…', 'Quelle:', 'Source:']);

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  if (typeof value === 'string') entries.set(prefix, value);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) for (const [path, text] of flatten(child, prefix ? `${prefix}.${key}` : key)) entries.set(path, text);
  }
  return entries;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe('quiz, feedback, dispute and contact texts', () => {
  for (const block of BLOCKS) {
    const english = flatten(en[block], block);
    const german = flatten(de[block], block);

    it(`${block}: German has every English key and no other`, () => {
      expect([...german.keys()].sort()).to.deep.equal([...english.keys()].sort());
    });

    it(`${block}: every tone variant overrides a base text that exists`, () => {
      const orphans = [...english.keys()].filter((key) => {
        const tone = TONES.find((name) => key.endsWith(`_${name}`));
        return tone !== undefined && !english.has(key.slice(0, -(tone.length + 1))) && !english.has(`${key.slice(0, -(tone.length + 1))}_other`);
      });
      expect(orphans).to.deep.equal([]);
    });

    it(`${block}: German is translated and keeps the same placeholders`, () => {
      const untranslated = [...german].filter(([key, text]) => text === english.get(key) && !SAME_IN_BOTH.has(text) && placeholders(text).length === 0);
      expect(untranslated).to.deep.equal([]);
      const mismatched = [...german].filter(([key, text]) => placeholders(text).join() !== placeholders(english.get(key) ?? '').join());
      expect(mismatched).to.deep.equal([]);
    });
  }
});
