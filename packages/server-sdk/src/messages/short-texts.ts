import type { MessageParts } from './message-parts.js';
import { smsSize, toSmsCharacters } from './sms-encoding.js';
import type { MessageInput, SmsMessage, WhatsAppMessage } from './types.js';

/**
 * The SMS: who writes, the phase's short text, the link, and in the first message how to
 * dispute; plus the debt-collector statement where Reg F wants it. Written to fit two
 * GSM-7 segments with a short link, so no character forces UCS-2.
 */
export function renderSms(input: MessageInput, parts: MessageParts): SmsMessage {
  const { t, values } = parts;
  const sender = input.claim.collectionAgency ? t('sender.sms', values) : `${input.claim.creditor.name}:`;
  const pieces = [sender, t(`phase.${input.phase}.sms`, values), input.link, input.phase === 'first_reminder' ? t('dispute.sms') : undefined, parts.legal?.everyMessage];
  const text = toSmsCharacters(pieces.filter(Boolean).join(' '));
  return { channel: 'sms', text, size: smsSize(text) };
}

/** WhatsApp has room for the whole letter in short: greeting, texts, link, dispute, legal, sign-off. */
export function renderWhatsApp(input: MessageInput, parts: MessageParts): WhatsAppMessage {
  const first = input.phase === 'first_reminder';
  const legal = parts.legal ? (first ? parts.legal.lines[0] : parts.legal.everyMessage) : undefined;
  const blocks = [
    parts.greeting,
    parts.opening.join(' '),
    parts.action,
    input.link,
    parts.dispute,
    // The first message's full legal block is long; its first line is the Reg F statement where one applies.
    input.claim.jurisdiction === 'US' ? legal : undefined,
    `${parts.closing}\n${parts.signature}`,
  ];
  return { channel: 'whatsapp', text: blocks.filter((block): block is string => Boolean(block)).join('\n\n') };
}
