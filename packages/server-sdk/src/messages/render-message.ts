import { SettleError } from '../errors.js';
import { renderEmail } from './email.js';
import { messageParts } from './message-parts.js';
import { renderSms, renderWhatsApp } from './short-texts.js';
import type { EmailMessage, MessageInput, RenderedMessage, SmsMessage, WhatsAppMessage } from './types.js';

/**
 * The text of one message to a debtor, in a channel, phase, tone and locale, carrying the
 * debtor's link. Settle writes it; the creditor sends it through its own email service or
 * SMS/WhatsApp gateway.
 *
 * @example
 * const sms = renderMessage({ channel: 'sms', claim, link, phase: 'first_reminder', tone: 'empathetic', locale: 'de' });
 * sms.size; // { encoding: 'GSM-7', units: 231, segments: 2 }
 */
export function renderMessage(input: MessageInput & { channel: 'email' }): EmailMessage;
export function renderMessage(input: MessageInput & { channel: 'sms' }): SmsMessage;
export function renderMessage(input: MessageInput & { channel: 'whatsapp' }): WhatsAppMessage;
export function renderMessage(input: MessageInput): RenderedMessage;
export function renderMessage(input: MessageInput): RenderedMessage {
  assertWebLink(input.link);
  const parts = messageParts(input);
  switch (input.channel) {
    case 'email':
      return renderEmail(input, parts);
    case 'sms':
      return renderSms(input, parts);
    case 'whatsapp':
      return renderWhatsApp(input, parts);
  }
}

/** Only an http(s) link may go into a message: a `javascript:` href in an email is an attack. */
function assertWebLink(link: string): void {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    throw new SettleError('bad_request', 'The message link must be an absolute URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new SettleError('bad_request', 'The message link must be an http(s) URL');
}
