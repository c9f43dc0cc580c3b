import type { Claim } from '@settle/protocol';
import { emailColors, formatAddressLine, formatMessageMoney, formattingLocale } from '@settle/server-sdk';
import { claimLanguage, EMAIL_TEXTS } from './email-texts.js';
import { html, type SafeHtml } from './escape-html.js';

export interface EmailInput {
  locale: 'de' | 'en';
  claim: Claim;
  /** The signed payment link this email carries. */
  link: string;
  /** The sender's (collector's) brand colours; without them the email stays neutral. */
  colors?: { primary: string; onPrimary: string } | undefined;
}

export interface RenderedEmail {
  subject: string;
  html: string;
}

// Email clients ignore stylesheets, so the email styles itself inline, as real ones must.
const STYLE = {
  body: 'margin:0;padding:0;background:#f3f5f7;font-family:Arial,Helvetica,sans-serif;color:#1d2329;',
  card: 'max-width:560px;margin:24px auto 0;background:#ffffff;border-radius:8px;padding:28px 28px 20px;',
  brand: 'margin:0 0 20px;font-weight:bold;font-size:15px;',
  text: 'margin:0 0 14px;font-size:16px;line-height:1.5;',
  facts: 'width:100%;border-collapse:collapse;margin:8px 0 18px;font-size:15px;',
  factLabel: 'padding:6px 0;color:#55606a;text-align:left;font-weight:normal;',
  factValue: 'padding:6px 0;text-align:right;',
  amount: 'padding:6px 0;text-align:right;font-size:20px;font-weight:bold;',
  button: 'display:inline-block;padding:14px 22px;text-decoration:none;border-radius:6px;font-weight:bold;font-size:16px;',
  small: 'margin:0 0 12px;font-size:13px;line-height:1.5;color:#55606a;',
  rawLink: 'margin:0 0 12px;font-size:13px;line-height:1.5;color:#55606a;word-break:break-all;',
  footer: 'max-width:560px;margin:12px auto 24px;font-size:12px;color:#4d5760;text-align:center;',
} as const;

function formatDate(isoDate: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** The email a creditor sends with a payment link: the claim at a glance and one clear button. */
export function renderEmail({ locale, claim, link, colors }: EmailInput): RenderedEmail {
  // The sender's colours, contrast-checked and written as plain hex (see `emailColors`).
  const brand = emailColors(colors);
  // A US claim reads as US English: "June 3, 2027", "$425.00", "Chicago, IL 60602".
  const intlLocale = formattingLocale(locale, claim);
  const language = claimLanguage(locale, claim);
  const t = EMAIL_TEXTS[language];
  const sender = claim.collectionAgency ?? claim.creditor;
  const subject = t.subject(claim.creditor.name);
  const contact: SafeHtml[] = [];
  if (sender.phone) contact.push(html`${t.phone}: <a href="tel:${sender.phone.replace(/[^+\d]/g, '')}">${sender.phone}</a><br>`);
  if (sender.email) contact.push(html`${t.email}: <a href="mailto:${sender.email}">${sender.email}</a>`);

  const body = html`<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${subject}</title>
</head>
<body style="${STYLE.body}">
<div style="display:none;max-height:0;overflow:hidden;">${t.preheader}</div>
<div style="${STYLE.card}">
<p style="${STYLE.brand}color:${brand.accent};">${sender.name}</p>
<p style="${STYLE.text}">${t.greeting(claim.debtor.name)}</p>
<p style="${STYLE.text}">${t.intro(claim.creditor.name, claim.collectionAgency?.name ?? null)}</p>
<table role="presentation" style="${STYLE.facts}">
<tr><th scope="row" style="${STYLE.factLabel}">${t.amountLabel}</th><td style="${STYLE.amount}">${formatMessageMoney(claim.total, intlLocale)}</td></tr>
<tr><th scope="row" style="${STYLE.factLabel}">${t.dueLabel}</th><td style="${STYLE.factValue}">${formatDate(claim.dueDate, intlLocale)}</td></tr>
<tr><th scope="row" style="${STYLE.factLabel}">${t.reasonLabel}</th><td style="${STYLE.factValue}">${claim.reason.subject}</td></tr>
<tr><th scope="row" style="${STYLE.factLabel}">${t.referenceLabel}</th><td style="${STYLE.factValue}">${claim.accountReference}</td></tr>
</table>
<p style="${STYLE.text}">${t.options}</p>
<p style="margin:0 0 18px;"><a class="pay-link" href="${link}" style="${STYLE.button}background:${brand.button};color:${brand.onButton};">${t.button}</a></p>
<p style="${STYLE.small}">${t.linkNote}</p>
<p style="${STYLE.rawLink}">${t.fallbackLink}<br>${link}</p>
${t.usNotice && claim.jurisdiction === 'US' ? html`<p style="${STYLE.small}">${t.usNotice}</p>` : ''}
${t.legal && claim.jurisdiction === 'DE' ? html`<p style="${STYLE.small}">${t.legal}</p>` : ''}
<p style="${STYLE.text}">${t.questions}<br>${contact}</p>
<p style="${STYLE.text}">${t.signoff}<br>${sender.name}</p>
</div>
<p style="${STYLE.footer}">${sender.name}, ${formatAddressLine(sender.address)}<br>${t.sampleNotice}</p>
</body>
</html>
`;
  return { subject, html: body.html };
}
