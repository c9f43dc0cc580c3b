import { emailColors, type EmailColors } from './email-colors.js';
import { escapeHtml } from './escape-html.js';
import type { MessageParts } from './message-parts.js';
import type { EmailMessage, MessageInput } from './types.js';

// Email clients drop stylesheets, so every element carries its own style. Colours keep
// at least 4.5:1 against their background (text #1d2329 and #4d5760 on white); the brand's
// colours come from `emailColors`, which keeps the same contrast.
const STYLE = {
  body: 'margin:0;padding:0;background:#f3f5f7;font-family:Arial,Helvetica,sans-serif;color:#1d2329;',
  card: 'display:block;max-width:560px;margin:16px auto;background:#ffffff;border-radius:8px;padding:20px;overflow-wrap:anywhere;',
  brand: 'margin:0 0 16px;font-weight:bold;font-size:15px;',
  heading: 'margin:0 0 18px;font-size:22px;line-height:1.3;color:#1d2329;hyphens:auto;',
  text: 'margin:0 0 14px;font-size:16px;line-height:1.5;',
  facts: 'width:100%;border-collapse:collapse;margin:8px 0 18px;font-size:15px;',
  factLabel: 'padding:6px 12px 6px 0;color:#4d5760;text-align:left;font-weight:normal;vertical-align:top;',
  factValue: 'padding:6px 0;text-align:right;vertical-align:top;',
  button: 'display:inline-block;padding:14px 22px;text-decoration:none;border-radius:6px;font-weight:bold;font-size:16px;',
  small: 'margin:0 0 10px;font-size:14px;line-height:1.5;color:#4d5760;',
  rawLink: 'margin:0 0 14px;font-size:14px;line-height:1.5;color:#4d5760;word-break:break-all;',
  legalHeading: 'margin:22px 0 8px;font-size:16px;color:#1d2329;',
} as const;

/** The styles that carry the sender's brand colours: hex only (see `emailColors`), escaped all the same. */
function brandStyles(colors: EmailColors) {
  return {
    brand: escapeHtml(`${STYLE.brand}color:${colors.accent};`),
    button: escapeHtml(`${STYLE.button}background:${colors.button};color:${colors.onButton};`),
    link: escapeHtml(`color:${colors.accent};`),
  };
}

function paragraph(text: string, style: string = STYLE.text): string {
  return `<p style="${style}">${escapeHtml(text)}</p>`;
}

/** The email as HTML (accessible, inline-styled, every supplied string escaped) and as plain text. */
export function renderEmail(input: MessageInput, parts: MessageParts): EmailMessage {
  const { locale, link } = input;
  const href = escapeHtml(link);
  const brand = brandStyles(emailColors(input.brand?.colors));
  const facts = parts.facts.map((fact) => `<tr><th scope="row" style="${STYLE.factLabel}">${escapeHtml(fact.label)}</th><td style="${STYLE.factValue}">${escapeHtml(fact.value)}</td></tr>`).join('');
  const legal =
    parts.legal && parts.legal.lines.length > 0
      ? `<h2 style="${STYLE.legalHeading}">${escapeHtml(parts.legal.heading)}</h2>${parts.legal.lines.map((line) => paragraph(line, STYLE.small)).join('')}`
      : '';
  const html = `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(parts.subject)}</title>
</head>
<body style="${STYLE.body}">
<main style="${STYLE.card}">
<p style="${brand.brand}">${escapeHtml(parts.signature)}</p>
<h1 style="${STYLE.heading}">${escapeHtml(parts.subject)}</h1>
${paragraph(parts.greeting)}
${parts.opening.map((text) => paragraph(text)).join('\n')}
<table style="${STYLE.facts}">${facts}</table>
${paragraph(parts.action)}
<p style="margin:0 0 18px;"><a href="${href}" style="${brand.button}">${escapeHtml(parts.button)}</a></p>
<p style="${STYLE.rawLink}">${escapeHtml(parts.t('link.fallback'))}<br><a href="${href}" style="${brand.link}">${href}</a></p>
${paragraph(parts.t('link.safe'), STYLE.small)}
${parts.dispute ? paragraph(parts.dispute) : ''}
${contactHtml(input, parts, brand.link)}
${paragraph(parts.closing)}
${paragraph(parts.signature)}
${legal}
</main>
</body>
</html>
`;
  return { channel: 'email', subject: parts.subject, html, text: emailText(input, parts) };
}

function contactHtml({ claim }: MessageInput, parts: MessageParts, linkStyle: string): string {
  const collector = claim.collectionAgency ?? claim.creditor;
  const ways: string[] = [];
  if (collector.phone) ways.push(`${escapeHtml(parts.t('phone'))}: <a href="tel:${escapeHtml(collector.phone.replace(/[^+\d]/g, ''))}" style="${linkStyle}">${escapeHtml(collector.phone)}</a>`);
  if (collector.email) ways.push(`${escapeHtml(parts.t('email'))}: <a href="mailto:${escapeHtml(collector.email)}" style="${linkStyle}">${escapeHtml(collector.email)}</a>`);
  if (ways.length === 0) return '';
  return `<p style="${STYLE.text}">${escapeHtml(parts.t('contact'))}<br>${ways.join('<br>')}</p>`;
}

function emailText({ claim, link }: MessageInput, parts: MessageParts): string {
  const collector = claim.collectionAgency ?? claim.creditor;
  const contact = [collector.phone ? `${parts.t('phone')}: ${collector.phone}` : '', collector.email ? `${parts.t('email')}: ${collector.email}` : ''].filter(Boolean);
  const blocks = [
    parts.greeting,
    ...parts.opening,
    parts.facts.map((fact) => `${fact.label}: ${fact.value}`).join('\n'),
    parts.action,
    `${parts.button}: ${link}`,
    parts.t('link.safe'),
    parts.dispute,
    contact.length > 0 ? [parts.t('contact'), ...contact].join('\n') : undefined,
    `${parts.closing}\n${parts.signature}`,
    parts.legal && parts.legal.lines.length > 0 ? [`${parts.legal.heading}:`, ...parts.legal.lines].join('\n') : undefined,
  ];
  return `${blocks.filter((block): block is string => Boolean(block)).join('\n\n')}\n`;
}
