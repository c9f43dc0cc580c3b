import { describe, expect, it } from 'vitest';
import de from '../src/i18n/locales/de.js';
import en from '../src/i18n/locales/en.js';
import { TONES, type Tone } from '../src/i18n/tones.js';
import { createTranslate, type Messages } from '../src/i18n/translate.js';

/**
 * The copy deck as a native speaker reads it, in every tone. The rules:
 * - German texts carry no common English word, English texts no umlaut or ß (brand and
 *   proper names are allowed).
 * - Tones: a key with any tone variant (`_neutral`, `_formal`, `_easy`) resolves to a
 *   non-empty text in all four tones through the real translator. Its default stands in
 *   for a tone deliberately, with one exception: easy language. Every text the easy tone
 *   shows, its own or the default, follows the easy rules below; a default that does not
 *   needs its `_easy` variant. Both languages define the same variants, and a variant
 *   uses no placeholder its default lacks (the caller would not fill it).
 * - Plurals: every text with plural forms reads right for 0, 1 and 2 through the real
 *   translator; a number placed before a noun comes from `count` in a text with plural
 *   forms, so "1 Monate" cannot happen (ranges like "2 bis 12 Raten" excepted).
 */

const LOCALES = { de, en } as const;
type Language = keyof typeof LOCALES;

/** Every text by its full key (`planPicker.offer.deferral.title_formal`). */
function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string') texts.set(prefix + key, value);
    else for (const [inner, text] of flatten(value, `${prefix}${key}.`)) texts.set(inner, text);
  }
  return texts;
}

const TEXTS = { de: flatten(de as Messages), en: flatten(en as Messages) };
const PLURAL = /_(zero|one|two|few|many|other)$/;
const TONE_SUFFIX = /_(neutral|formal|easy)$/;

/** A key without its tone and plural suffixes: the key the elements ask for. */
function baseKey(key: string): string {
  return key.replace(PLURAL, '').replace(TONE_SUFFIX, '');
}

const translate = (language: Language, tone: Tone) => createTranslate(language, () => [LOCALES[language] as Messages, en as Messages], tone === 'empathetic' ? undefined : tone);

const placeholders = (text: string) => new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]));

// Common English words that never belong in a German sentence. Not in the list: words that
// are German too ("die", "will", "also", "man", "Not", "Person", "Plan", "Team", "Chat", "Link").
const ENGLISH_WORDS = [
  'the',
  'and',
  'you',
  'your',
  'yours',
  'please',
  'payment',
  'payments',
  'pay',
  'paid',
  'claim',
  'claims',
  'thank',
  'thanks',
  'settled',
  'settle',
  'amount',
  'due',
  'now',
  'here',
  'back',
  'next',
  'done',
  'send',
  'sending',
  'loading',
  'error',
  'try',
  'again',
  'with',
  'for',
  'of',
  'to',
  'is',
  'are',
  'be',
  'this',
  'that',
  'what',
  'when',
  'how',
  'who',
  'why',
  'can',
  'should',
  'would',
  'must',
  'have',
  'has',
  'from',
  'at',
  'if',
  'or',
  'only',
  'yes',
  'no',
  'we',
  'our',
  'it',
  'debt',
  'debtor',
  'creditor',
  'dispute',
  'instalment',
  'instalments',
  'installment',
  'receipt',
  'card',
  'today',
  'later',
  'month',
  'months',
  'week',
  'weekly',
  'monthly',
  'free',
  'more',
  'other',
  'something',
  'wrong',
  'right',
  'help',
  'call',
  'phone',
  'sorry',
  'feedback',
  'submit',
  'cancel',
  'continue',
  'confirm',
  'skip',
  'choose',
  'sample',
  'figure',
  'source',
  'data',
  'options',
  'date',
  'fee',
  'fees',
];

/** Names that stay as they are in every language. */
const PROPER_NAMES = ['PayPal', 'Apple Pay', 'Google Pay', 'Stripe', 'SEPA', 'Sandbox', 'IBAN', 'BIC', 'Consumer Financial Protection Bureau'];

function englishWordsIn(text: string): string[] {
  let plain = text.replace(/\{\{\s*\w+\s*\}\}/g, ' ');
  for (const name of PROPER_NAMES) plain = plain.replaceAll(name, ' ');
  const words = plain.toLowerCase().split(/[^\p{L}]+/u);
  return ENGLISH_WORDS.filter((word) => words.includes(word));
}

/**
 * Easy language (Leichte Sprache, plain English): short sentences with one statement
 * each, no semicolons, no abbreviations, no passive, and none of the hard words an easy
 * text explains instead. Returns what breaks a rule.
 */
const EASY_HARD_WORDS: Record<Language, RegExp> = {
  de: /(?<!\p{L})(z\. ?B\.|bzw\.|ggf\.|ca\.|usw\.|Nr\.|inkl\.|bestreite\p{L}*|Stundung|Anerkenntnis|Einwendungen|Einreden|Inkasso\p{L}*|([Ww]ird|[Ww]erden|[Ww]urden?) \p{L}+(t|en)(?!\p{L}))/u,
  en: /\b(e\.g\.|i\.e\.|etc\.|approx\.|No\.|incl\.|deferral|acknowledg\w*|objections?|defences?|arrangement|collection agency|(is|are|was|were|be|been) \w+ed\b)/i,
};
const EASY_SENTENCE_WORDS = 14;

function easyProblems(language: Language, text: string): string[] {
  const problems: string[] = [];
  if (text.includes(';')) problems.push('semicolon');
  const hard = EASY_HARD_WORDS[language].exec(text);
  if (hard) problems.push(`hard word or passive "${hard[0]}"`);
  for (const sentence of text.split(/[.!?:]\s+/)) {
    const words = sentence
      .replace(/\{\{\s*\w+\s*\}\}/g, 'X')
      .split(/\s+/)
      .filter(Boolean).length;
    if (words > EASY_SENTENCE_WORDS) problems.push(`${words} words in "${sentence}"`);
  }
  return problems;
}

/**
 * Texts the easy tone shows in their legal wording on purpose: the statutory notices
 * (§ 13a RDG, Regulation F), whose exact terms the creditor is bound to, and the
 * creditor's own test-mode labels.
 */
const EASY_EXEMPT = /^(claimSummary\.(de|us)\.|claimSummary\.items\.(kind\.|aboveStatutoryRate|vatNotDeductible|interest|caption)|claimSummary\.parties\.agency|checkout\.sandbox\.)/;

describe('copy deck', () => {
  it('has the same keys in German and English', () => {
    expect([...TEXTS.de.keys()].sort()).toEqual([...TEXTS.en.keys()].sort());
  });

  it('has no common English word in any German text', () => {
    const found = [...TEXTS.de].flatMap(([key, text]) => englishWordsIn(text).map((word) => `${key}: "${word}" in "${text}"`));
    expect(found).toEqual([]);
  });

  it('finds an English word in German, but not a brand name', () => {
    expect(englishWordsIn('Bitte zahlen Sie your Rate.')).toEqual(['your']);
    expect(englishWordsIn('Mit PayPal, Apple Pay oder Google Pay bezahlen')).toEqual([]);
  });

  it('has no umlaut or ß in any English text', () => {
    const found = [...TEXTS.en].filter(([, text]) => /[äöüÄÖÜß]/.test(text)).map(([key, text]) => `${key}: ${text}`);
    expect(found).toEqual([]);
  });

  const families = [...new Set([...TEXTS.en.keys()].filter((key) => TONE_SUFFIX.test(key.replace(PLURAL, ''))).map(baseKey))];

  it('resolves every key with a tone variant to a text in all four tones, in both languages', () => {
    expect(families.length).toBeGreaterThan(100);
    const missing: string[] = [];
    for (const language of ['de', 'en'] as const) {
      for (const tone of TONES) {
        const t = translate(language, tone);
        for (const key of families) {
          const text = t(key, { count: 2 });
          if (!text || text === key) missing.push(`${language} ${tone}: ${key}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('uses in a tone variant no placeholder its default lacks', () => {
    const extra: string[] = [];
    for (const [language, texts] of Object.entries(TEXTS)) {
      for (const [key, text] of texts) {
        const base = key.replace(/_(neutral|formal|easy)(?=(_(zero|one|two|few|many|other))?$)/, '');
        if (base === key) continue;
        const fallback = texts.get(base) ?? texts.get(base.replace(PLURAL, '_other'));
        const known = placeholders(fallback ?? '');
        for (const name of placeholders(text)) if (!known.has(name)) extra.push(`${language} ${key}: {{${name}}}`);
      }
    }
    expect(extra).toEqual([]);
  });

  for (const language of ['de', 'en'] as const) {
    it(`shows only easy ${language} texts in the easy tone, its own variant or a default that is easy already`, () => {
      const t = translate(language, 'easy');
      const problems: string[] = [];
      for (const key of new Set([...TEXTS[language].keys()].map(baseKey))) {
        if (EASY_EXEMPT.test(key)) continue;
        for (const count of [1, 2]) {
          const text = t(key, { count });
          for (const problem of easyProblems(language, text)) problems.push(`${key}: ${problem}`);
        }
      }
      expect([...new Set(problems)]).toEqual([]);
    });
  }

  it('flags a long easy sentence, a passive and an abbreviation', () => {
    expect(easyProblems('de', 'Die Zahlung wird geprüft.')).toHaveLength(1);
    expect(easyProblems('de', 'Zahlen Sie z. B. morgen.')).toHaveLength(1);
    expect(easyProblems('en', 'Your payment is checked.')).toHaveLength(1);
    expect(easyProblems('en', 'You can pay this later. We check it.')).toEqual([]);
  });

  // Nouns whose form follows a number, singular and plural.
  const NOUNS: Record<Language, Array<[string, string]>> = {
    de: [
      ['Monat', 'Monate'],
      ['Tag', 'Tage'],
      ['Werktag', 'Werktage'],
      ['Werktag', 'Werktagen'],
      ['Zahlung', 'Zahlungen'],
      ['Rate', 'Raten'],
      ['Möglichkeit', 'Möglichkeiten'],
      ['Weg', 'Wege'],
      ['Zahlungsmöglichkeit', 'Zahlungsmöglichkeiten'],
      ['Frage', 'Fragen'],
    ],
    en: [
      ['month', 'months'],
      ['day', 'days'],
      ['working day', 'working days'],
      ['payment', 'payments'],
      ['instalment', 'instalments'],
      ['option', 'options'],
      ['way', 'ways'],
      ['time', 'times'],
      ['payment option', 'payment options'],
      ['question', 'questions'],
    ],
  };

  function agreementProblems(language: Language, text: string): string[] {
    const problems: string[] = [];
    // Longest nouns first, so "payment options" is read as one noun, not as "payment".
    const nouns = [...NOUNS[language]].sort(([a], [b]) => b.length - a.length);
    for (const match of text.matchAll(/(?<!\p{L})(\d+) (\p{L}+(?: \p{L}+)?)/gu)) {
      const count = Number(match[1]);
      const words = `${match[2] ?? ''} `;
      for (const [singular, plural] of nouns) {
        const reads = words.startsWith(`${plural} `) ? 'plural' : words.startsWith(`${singular} `) ? 'singular' : undefined;
        if (!reads) continue;
        if ((count === 1) !== (reads === 'singular')) problems.push(`"${match[0]}"`);
        break;
      }
    }
    return problems;
  }

  it('catches a noun that does not agree with its number', () => {
    expect(agreementProblems('de', 'bis zu 1 Monate Pause')).toEqual(['"1 Monate Pause"']);
    expect(agreementProblems('de', '0 Zahlung offen')).toEqual(['"0 Zahlung offen"']);
    expect(agreementProblems('en', '2 payments, 1 month')).toEqual([]);
  });

  for (const language of ['de', 'en'] as const) {
    it(`reads every counted ${language} text right for 0, 1 and 2, in every tone`, () => {
      const counted = [...new Set([...TEXTS[language].keys()].filter((key) => PLURAL.test(key)).map(baseKey))];
      expect(counted.length).toBeGreaterThan(5);
      const problems: string[] = [];
      for (const tone of TONES) {
        const t = translate(language, tone);
        for (const key of counted) {
          for (const count of [0, 1, 2]) {
            const values = { count, days: count, months: count, shifts: count, skips: count };
            for (const problem of agreementProblems(language, t(key, values))) problems.push(`${tone} ${key} (${count}): ${problem}`);
          }
        }
      }
      expect(problems).toEqual([]);
    });

    it(`puts a number before a ${language} noun only through a counted text`, () => {
      const nouns = NOUNS[language].flat().join('|');
      const numberBeforeNoun = new RegExp(`(?<!(?:\\d|\\}\\}) (?:bis|to) )\\{\\{\\s*(\\w+)\\s*\\}\\} (?:${nouns})\\b`, 'u');
      const wrong = [...TEXTS[language]]
        .filter(([key, text]) => {
          const match = numberBeforeNoun.exec(text);
          return match && !(match[1] === 'count' && PLURAL.test(key));
        })
        .map(([key, text]) => `${key}: ${text}`);
      expect(wrong).toEqual([]);
    });
  }
});
