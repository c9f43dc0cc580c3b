import { describe, expect, it } from 'vitest';
import { renderEmail } from '../src/emails/render-email.js';
import { sampleDebtors } from '../src/seed/sample-debtors.js';

const debtors = sampleDebtors('2026-11-23');
const claimOf = (key: string) => debtors.find((debtor) => debtor.key === key)!.claim;
const LINK = 'http://localhost:5173/pay?lang=de#t=aaa.bbb.ccc';

describe('sample email', () => {
  it('carries the payment link in its button and as plain text', () => {
    const { html } = renderEmail({ locale: 'de', claim: claimOf('forgot'), link: LINK });
    expect(html).toContain(`class="pay-link" href="${LINK}"`);
    expect(html.split(LINK)).toHaveLength(3);
  });

  it('greets the debtor and states amount and due date in German for a German claim', () => {
    const { subject, html } = renderEmail({ locale: 'de', claim: claimOf('payday'), link: LINK });
    expect(subject).toBe('Ihre offene Rechnung bei Funkwelle Mobil GmbH');
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('Guten Tag Jonas Becker,');
    expect(html).toContain(new Intl.NumberFormat('de', { style: 'currency', currency: 'EUR' }).format(273.95));
    expect(html).toContain('7. Dezember 2026');
    expect(html).toContain('§ 13a');
  });

  it('speaks English with the collector notice for the US claim', () => {
    const { html } = renderEmail({ locale: 'en', claim: claimOf('pay-now-us'), link: LINK });
    expect(html).toContain('Hello Jordan Smith,');
    expect(html).toContain('$425.00');
    expect(html).toContain('This is a communication from a debt collector.');
    expect(html).not.toContain('§ 13a');
  });

  it('reads as US English for the US claim: US dates, address order, spelling and wording', () => {
    const claim = claimOf('pay-now-us');
    const { html } = renderEmail({ locale: 'en', claim, link: LINK });
    const due = new Date(`${claim.dueDate}T00:00:00Z`);
    const month = due.toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
    expect(html).toContain('<html lang="en-US">');
    expect(html).toContain(`${month} ${due.getUTCDate()}, ${due.getUTCFullYear()}`);
    expect(html).toContain('400 Main St, Chicago, IL 60602');
    expect(html).toContain('Kind Recovery Inc. is writing to you for Lakeside Dental LLC');
    expect(html).toContain('pay in installments');
    expect(html).not.toMatch(/we, Kind Recovery|60602 Chicago|instalment/);
  });

  it('writes dates the British way in English for a claim outside the US', () => {
    const claim = claimOf('forgot');
    const { html } = renderEmail({ locale: 'en', claim, link: LINK });
    const due = new Date(`${claim.dueDate}T00:00:00Z`);
    const month = due.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
    expect(html).toContain(`${due.getUTCDate()} ${month} ${due.getUTCFullYear()}`);
    expect(html).toContain('pay in instalments');
  });

  it('escapes creditor strings, so a name can never inject markup', () => {
    const claim = { ...claimOf('forgot'), creditor: { ...claimOf('forgot').creditor, name: 'Evil <script>alert(1)</script> & "Co"' } };
    const { html } = renderEmail({ locale: 'en', claim, link: LINK });
    expect(html).not.toContain('<script>');
    expect(html).toContain('Evil &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;');
  });

  it('contains no script at all', () => {
    for (const debtor of debtors) {
      expect(renderEmail({ locale: debtor.locale, claim: debtor.claim, link: LINK }).html).not.toMatch(/<script|javascript:|\son[a-z]+=/i);
    }
  });
});
