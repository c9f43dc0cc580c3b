import { renderMessage } from '@settle/server-sdk';
import { describe, expect, it } from 'vitest';
import { collectorOf } from '../src/creditor/claim-settings.js';
import { renderEmail } from '../src/emails/render-email.js';
import { brandOf } from '../src/messages/sample-messages.js';
import { sampleDebtors } from '../src/seed/sample-debtors.js';

const debtors = sampleDebtors('2026-11-23');
const debtorOf = (key: string) => debtors.find((debtor) => debtor.key === key)!;
const LINK = 'http://localhost:5173/pay?lang=de#t=aaa.bbb.ccc';
const FAIR_GREEN = '#0b6e4f';

/** Both emails a debtor can get from the demo, each with the sender's colours as the demo passes them. */
function emailsOf(key: string): { sample: string; message: string } {
  const { claim, locale } = debtorOf(key);
  return {
    sample: renderEmail({ locale, claim, link: LINK, colors: collectorOf(claim)?.brand }).html,
    message: renderMessage({ channel: 'email', claim, link: LINK, phase: 'second_reminder', tone: 'formal', locale, ...brandOf(claim) }).html,
  };
}

/** The background of the email's button: the one link that has one. */
const buttonColourOf = (html: string) => /<a [^>]*style="[^"]*background:(#[\da-f]{6});/.exec(html)?.[1];

describe("the demo's emails in their sender's brand colour", () => {
  it("paints a Stadtwerke claim's emails in Stadtwerke's orange, with no trace of Fair Inkasso's green", () => {
    for (const html of Object.values(emailsOf('forgot'))) {
      expect(buttonColourOf(html)).toBe('#a4410e');
      expect(html).toContain('color:#a4410e;');
      expect(html.toLowerCase()).not.toContain(FAIR_GREEN);
    }
  });

  it("paints a Fair Inkasso claim's emails in its green", () => {
    for (const html of Object.values(emailsOf('payday'))) expect(buttonColourOf(html)).toBe(FAIR_GREEN);
  });

  it("paints Kind Recovery's US claim's emails in its teal", () => {
    for (const html of Object.values(emailsOf('pay-now-us'))) {
      expect(buttonColourOf(html)).toBe('#0f5e73');
      expect(html).not.toContain(FAIR_GREEN);
    }
  });

  it('keeps the sample email neutral for a collector without a brand, and lets no colour inject style or markup', () => {
    const { claim } = debtorOf('forgot');
    expect(buttonColourOf(renderEmail({ locale: 'de', claim, link: LINK }).html)).toBe('#1d2329');
    const hostile = renderEmail({ locale: 'de', claim, link: LINK, colors: { primary: '#a4410e;background:url(https://evil.example/x)', onPrimary: '#fff"><img src=x>' } }).html;
    expect(hostile).not.toContain('evil.example');
    expect(hostile).not.toContain('<img');
    expect(buttonColourOf(hostile)).toBe('#1d2329');
  });
});
