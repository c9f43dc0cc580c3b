import { html, type SafeHtml } from '../emails/escape-html.js';
import type { DebtorMessages, SampleMessage } from './sample-messages.js';

const PHASE_NAMES: Readonly<Record<SampleMessage['phase'], string>> = {
  first_reminder: 'First reminder',
  second_reminder: 'Second reminder',
  final_notice: 'Final notice',
  plan_confirmation: 'Plan confirmation',
  instalment_due: 'Instalment due',
  thank_you: 'Thank you',
};
const CHANNEL_NAMES: Readonly<Record<SampleMessage['channel'], string>> = { email: 'Email', sms: 'SMS', whatsapp: 'WhatsApp' };
const LANGUAGE_NAMES: Readonly<Record<string, string>> = { de: 'German', en: 'English' };

/** Where the HTML version of one sample email is served. */
export function emailPath(key: string, phase: string, tone: string): string {
  return `/messages/${key}/${phase}/${tone}`;
}

function renderMessage(key: string, locale: string, message: SampleMessage): SafeHtml {
  const size = message.size ? html`<p class="message-size">${message.size.encoding}, ${message.size.segments} ${message.size.segments === 1 ? 'segment' : 'segments'}</p>` : '';
  const subject = message.subject === null ? '' : html`<p class="message-subject"><span class="message-label">Subject:</span> <span lang="${locale}">${message.subject}</span></p>`;
  const htmlLink =
    message.channel === 'email'
      ? html`<p><a href="${emailPath(key, message.phase, message.tone)}">Open the HTML email<span class="visually-hidden"> (${PHASE_NAMES[message.phase]}, ${message.tone})</span></a></p>`
      : '';
  return html`<article class="message" data-message="${message.channel} ${message.phase} ${message.tone}">
<h5>${CHANNEL_NAMES[message.channel]}</h5>
${subject}<pre class="message-text" lang="${locale}">${message.text}</pre>
${size}${htmlLink}</article>`;
}

function renderDebtor({ debtor, claim, messages }: DebtorMessages): SafeHtml {
  const id = `debtor-${debtor.key}`;
  const phases = [...new Set(messages.map((message) => message.phase))];
  const tones = [...new Set(messages.map((message) => message.tone))];
  return html`<section class="debtor-messages" aria-labelledby="${id}">
<h2 id="${id}">${claim.debtor.name}: ${claim.creditor.name}</h2>
<p>${debtor.story.en} Messages in ${LANGUAGE_NAMES[debtor.locale] ?? debtor.locale}.</p>
${phases.map(
  (phase) => html`<h3>${PHASE_NAMES[phase]}</h3>
${tones.map(
  (tone) => html`<h4>${PHASE_NAMES[phase]}, ${tone} tone</h4>
<div class="message-row">${messages.filter((message) => message.phase === phase && message.tone === tone).map((message) => renderMessage(debtor.key, debtor.locale, message))}</div>`,
)}`,
)}
</section>`;
}

/**
 * Every message of every sample debtor, as the server SDK's `renderMessage` writes them:
 * each phase, tone and channel in the debtor's language, each with its own signed link.
 * Rendered on the server as text (no scripts, no inline styles), so the page CSP holds.
 */
export function renderMessagesPage(debtors: readonly DebtorMessages[]): string {
  const count = debtors.reduce((sum, entry) => sum + entry.messages.length, 0);
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Settle demo: every message of every sample debtor</title>
<link rel="icon" href="/styles/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/styles/demo.css">
</head>
<body>
<main class="page">
<p><a href="/">Back to the sample debtors</a></p>
<h1>Messages</h1>
<p>The ${count} messages Settle writes for the sample debtors: every collection phase and after-care message, in every tone, as email, SMS and WhatsApp, in each debtor's language. Each carries its own payment link, signed with the message's channel and phase, so the creditor's reaction events say which message a debtor came from. Sending them is the creditor's job.</p>
<nav aria-label="Sample debtors"><ul class="demo-nav">${debtors.map(({ debtor, claim }) => html`<li><a href="#debtor-${debtor.key}">${claim.debtor.name}</a></li>`)}</ul></nav>
${debtors.map(renderDebtor)}
</main>
</body>
</html>
`.html;
}
