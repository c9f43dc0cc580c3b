import { describe, expect, it } from 'vitest';
import { SettleError } from '../../src/errors.js';
import {
  MESSAGE_CHANNELS,
  MESSAGE_LOCALES,
  MESSAGE_PHASES,
  MESSAGE_TONES,
  renderMessage,
  type MessageInput,
  type MessageLocale,
  type MessageTone,
  type RenderedMessage,
} from '../../src/messages/index.js';
import { germanClaim, usClaim } from '../../../../tests/fixtures/claims.js';
import { LANGUAGE_MARKERS, LONGEST_LINK, sampleClaims, sampleInstalment, withoutClaimStrings } from './sample-messages.js';

const CLOSINGS: Record<MessageLocale, Record<MessageTone, string>> = {
  de: { empathetic: 'Wir sind für Sie da.', neutral: 'Viele Grüße', formal: 'Mit freundlichen Grüßen', easy: 'Wir helfen Ihnen gern.' },
  en: { empathetic: "We're here for you.", neutral: 'Best regards', formal: 'Yours sincerely', easy: 'We are happy to help.' },
};

function textsOf(message: RenderedMessage): string[] {
  return message.channel === 'email' ? [message.subject, message.text, message.html] : [message.text];
}

const every = sampleClaims().flatMap(({ name, claim }) =>
  MESSAGE_PHASES.flatMap((phase) =>
    MESSAGE_TONES.flatMap((tone) =>
      MESSAGE_LOCALES.flatMap((locale) =>
        MESSAGE_CHANNELS.map((channel) => {
          const input: MessageInput = { channel, claim, link: LONGEST_LINK, phase, tone, locale, instalment: sampleInstalment(claim) };
          return { name, input, message: renderMessage(input) };
        }),
      ),
    ),
  ),
);

describe('renderMessage over every sample claim, channel, phase, tone and locale', () => {
  it('renders all of them', () => {
    expect(every.length).toBe(sampleClaims().length * 6 * 4 * 2 * 3);
  });

  it('carries the link in every text of every message', () => {
    const missing = every.filter(({ message }) =>
      textsOf(message)
        .slice(message.channel === 'email' ? 1 : 0)
        .some((text) => !text.includes(LONGEST_LINK)),
    );
    expect(missing.map(({ name, input }) => `${name} ${input.channel} ${input.phase} ${input.tone} ${input.locale}`)).toEqual([]);
  });

  it('fits every default SMS into two GSM-7 segments with the longest link', () => {
    const sms = every.flatMap(({ name, input, message }) => (message.channel === 'sms' ? [{ name, input, message }] : []));
    const tooLong = sms.filter(({ message }) => message.size.encoding !== 'GSM-7' || message.size.segments > 2);
    expect(tooLong.map(({ name, input, message }) => `${name} ${input.phase} ${input.tone} ${input.locale}: ${message.size.encoding} ${message.size.units}`)).toEqual([]);
    expect(Math.max(...sms.map(({ message }) => message.size.units))).toBeGreaterThan(160);
  });

  it('leaks no word of the other locale into a message', () => {
    const leaks = every.flatMap(({ name, input, message }) => {
      const other = input.locale === 'de' ? 'en' : 'de';
      const text = withoutClaimStrings(
        textsOf(message)
          .join('\n')
          .replace(/<[^>]*>/g, ' ')
          .replace(/https?:\S+|www\.\S+/g, ' '),
        input.claim,
      );
      const found = LANGUAGE_MARKERS[other].exec(text);
      // The markers must recognise the message's own language, or finding none proves nothing.
      if (!LANGUAGE_MARKERS[input.locale].test(text)) return [`${name} ${input.channel} ${input.phase} ${input.tone} ${input.locale}: no ${input.locale} marker`];
      return found ? [`${name} ${input.channel} ${input.phase} ${input.tone} ${input.locale}: "${found[0]}"`] : [];
    });
    expect(leaks).toEqual([]);
  });

  it("signs each email and WhatsApp message with its own tone's closing and no other tone's", () => {
    const wrong = every.flatMap(({ input, message }) => {
      if (message.channel === 'sms') return [];
      const text = message.text;
      const own = CLOSINGS[input.locale][input.tone];
      const others = MESSAGE_TONES.filter((tone) => tone !== input.tone)
        .map((tone) => CLOSINGS[input.locale][tone])
        .filter((closing) => text.includes(closing));
      return text.includes(own) && others.length === 0 ? [] : [`${input.channel} ${input.phase} ${input.tone} ${input.locale}`];
    });
    expect(wrong).toEqual([]);
  });

  it('words each tone differently: no two tones render the same SMS or subject', () => {
    const groups = new Map<string, Set<string>>();
    for (const { name, input, message } of every) {
      if (message.channel === 'whatsapp') continue;
      const key = `${name} ${input.channel} ${input.phase} ${input.locale}`;
      const set = groups.get(key) ?? new Set<string>();
      set.add(message.channel === 'email' ? message.subject : message.text);
      groups.set(key, set);
    }
    expect([...groups.values()].every((set) => set.size === MESSAGE_TONES.length)).toBe(true);
  });
});

describe('the first message carries what the law requires', () => {
  const first = every.filter(({ input }) => input.phase === 'first_reminder');

  it('names the creditor, the amount and how to dispute, in every channel', () => {
    const missing = first.filter(({ input, message }) => {
      const text = message.text;
      const amount = input.locale === 'de' ? /\d,\d\d\s?€|\d,\d\d\s?\$/ : /[€$]\d/;
      const dispute = input.locale === 'de' ? /widersprechen|Widerspruch|falsch/i : /dispute|wrong/i;
      return !text.includes(input.claim.creditor.name) || !amount.test(text) || !dispute.test(text);
    });
    expect(missing.map(({ name, input }) => `${name} ${input.channel} ${input.tone} ${input.locale}`)).toEqual([]);
  });

  it('names the collection agency whenever one collects', () => {
    const missing = first.filter(({ input, message }) => input.claim.collectionAgency && !message.text.includes(input.claim.collectionAgency.name));
    expect(missing).toEqual([]);
  });

  it('gives a German agency claim its register entry and supervisory authority in the email', () => {
    const email = renderMessage({ channel: 'email', claim: germanClaim(), link: LONGEST_LINK, phase: 'first_reminder', tone: 'neutral', locale: 'de' });
    expect(email.text).toContain('Registrierung: Rechtsdienstleistungsregister Az. 371 E-1.123');
    expect(email.text).toContain('Aufsichtsbehörde: Bundesamt für Justiz, Adenauerallee 99-103, 53113 Bonn');
    expect(email.text).toContain('Gläubiger: Stadtwerke Beispielstadt GmbH, Hauptstraße 1, 10115 Berlin');
  });

  it('says "This is a communication from a debt collector" in every channel of every message for a US agency claim', () => {
    const us = every.filter(({ input }) => input.claim.jurisdiction === 'US' && input.claim.collectionAgency && input.locale === 'en');
    expect(us.length).toBeGreaterThan(0);
    expect(us.filter(({ message }) => !message.text.includes('This is a communication from a debt collector.'))).toEqual([]);
  });

  it('does not call a German direct creditor a debt collector', () => {
    const direct = every.filter(({ input }) => input.claim.jurisdiction === 'DE' && !input.claim.collectionAgency);
    expect(direct.length).toBeGreaterThan(0);
    expect(direct.filter(({ message }) => /debt collector|Inkassounternehmen|Inkassodienstleister/.test(message.text))).toEqual([]);
  });

  it('tells a US debtor the end of the validation period, in US date style, with a US address', () => {
    const email = renderMessage({ channel: 'email', claim: usClaim(), link: LONGEST_LINK, phase: 'first_reminder', tone: 'empathetic', locale: 'en' });
    expect(email.text).toContain('If you dispute this debt by Dec 20, 2026');
    expect(email.text).toContain('Kind Recovery Inc. is contacting you about your account with Lakeside Dental LLC.');
    expect(email.text).toContain('400 Main St, Chicago, IL 60602');
    expect(email.text).toContain('$425.00');
  });
});

describe('renderMessage formatting and safety', () => {
  it('formats German amounts and dates the German way', () => {
    const email = renderMessage({ channel: 'email', claim: germanClaim({ dueDate: '2027-01-07' }), link: LONGEST_LINK, phase: 'first_reminder', tone: 'neutral', locale: 'de' });
    expect(email.text).toContain('128,37\u00a0€');
    expect(email.text).toContain('7. Januar 2027');
  });

  it('formats a US claim the US way: "$425.00", "Jan 7, 2027"', () => {
    const sms = renderMessage({ channel: 'sms', claim: usClaim({ dueDate: '2027-01-07' }), link: LONGEST_LINK, phase: 'first_reminder', tone: 'neutral', locale: 'en' });
    expect(sms.text).toContain('Balance: $425.00, due Jan 7, 2027.');
  });

  it('uses the plural form for a plan of several instalments and the singular for one', () => {
    const base = { channel: 'sms', claim: germanClaim(), link: LONGEST_LINK, phase: 'plan_confirmation', tone: 'neutral', locale: 'en' } as const;
    const amount = { amount: 4_000, currency: 'EUR' };
    expect(renderMessage({ ...base, instalment: { amount, dueDate: '2027-01-07', count: 3 } }).text).toContain('3 payments of €40.00');
    expect(renderMessage({ ...base, instalment: { amount, dueDate: '2027-01-07', count: 1 } }).text).toContain('Plan: €40.00 on 7 Jan 2027.');
  });

  it('escapes creditor-supplied strings in the email HTML', () => {
    const claim = germanClaim({ creditor: { ...germanClaim().creditor, name: 'Evil <img src=x onerror=alert(1)> & Co' } });
    const email = renderMessage({ channel: 'email', claim, link: `${LONGEST_LINK}?a="b"`, phase: 'first_reminder', tone: 'empathetic', locale: 'en' });
    expect(email.html).not.toContain('<img');
    expect(email.html).toContain('Evil &lt;img src=x onerror=alert(1)&gt; &amp; Co');
    expect(email.html).toContain('href="https://zahlung.wohnungsbaugenossenschaft-example.de/z/Ab3dE7gH9k?a=&quot;b&quot;"');
  });

  it('refuses a link that is not http(s)', () => {
    expect(() => renderMessage({ channel: 'email', claim: usClaim(), link: 'javascript:alert(1)', phase: 'first_reminder', tone: 'neutral', locale: 'en' })).toThrow(SettleError);
  });

  it('asks for the instalment when confirming a plan', () => {
    expect(() => renderMessage({ channel: 'sms', claim: usClaim(), link: LONGEST_LINK, phase: 'plan_confirmation', tone: 'neutral', locale: 'en' })).toThrow(/needs the instalment/);
  });

  it('gives the email a lang attribute, one h1 and a real link button', () => {
    const email = renderMessage({ channel: 'email', claim: germanClaim(), link: LONGEST_LINK, phase: 'second_reminder', tone: 'easy', locale: 'de' });
    expect(email.html).toContain('<html lang="de">');
    expect(email.html.match(/<h1 /g)).toHaveLength(1);
    expect(email.html).toMatch(/<a href="https:[^"]+" style="[^"]+">Hier klicken und wählen<\/a>/);
  });
});

describe('renderMessage with names that end in a full stop', () => {
  it('does not double the full stop after "Kind Recovery Inc."', () => {
    const text = renderMessage({ channel: 'whatsapp', claim: usClaim(), link: LONGEST_LINK, phase: 'final_notice', tone: 'easy', locale: 'en' }).text;
    expect(text).toContain('We are Kind Recovery Inc. We work for Lakeside Dental LLC.');
    expect(text).not.toContain('..');
  });
});
