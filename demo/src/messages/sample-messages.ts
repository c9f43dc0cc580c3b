import { addDays, todayIso, type Claim } from '@settle/protocol';
import { MESSAGE_CHANNELS, MESSAGE_PHASES, MESSAGE_TONES, renderMessage, type MessageChannel, type MessagePhase, type MessageTone, type Settle, type SmsSize } from '@settle/server-sdk';
import { claimSettingsOf } from '../creditor/claim-settings.js';
import { createMessageLink } from '../links.js';
import type { SampleDebtor } from '../seed/sample-debtors.js';

/** One message as the messages page shows it. */
export interface SampleMessage {
  phase: MessagePhase;
  tone: MessageTone;
  channel: MessageChannel;
  /** Email only. */
  subject: string | null;
  /** The plain text (an email's text part, the SMS, the WhatsApp message). */
  text: string;
  /** SMS only: encoding and billed segments. */
  size: SmsSize | null;
}

export interface DebtorMessages {
  debtor: SampleDebtor;
  claim: Claim;
  messages: SampleMessage[];
}

/** The plan the after-care messages talk about: a third of the claim, due in a month. */
function sampleInstalment(claim: Claim) {
  return { amount: { amount: Math.ceil(claim.total.amount / 3), currency: claim.currency }, dueDate: addDays(todayIso(), 30), count: 3 };
}

/**
 * Renders one debtor's message in `channel`, `phase` and `tone`, with a link signed for that
 * channel and phase, in the colours of the claim's own brand (its collector's).
 */
export async function renderSampleMessage(settle: Settle, origin: string, debtor: SampleDebtor, claim: Claim, choice: { channel: MessageChannel; phase: MessagePhase; tone: MessageTone }) {
  const link = await createMessageLink(settle, origin, debtor, choice);
  return renderMessage({ ...choice, claim, link, locale: debtor.locale, instalment: sampleInstalment(claim), ...brandOf(claim) });
}

/** The claim's brand as `claimSettings` presents it; none for an unknown collector (neutral colours). */
export function brandOf(claim: Claim) {
  const brand = claimSettingsOf(claim).presentation?.brand;
  return brand ? { brand } : {};
}

/** Every message of one sample debtor: each phase, tone and channel, in the debtor's language. */
export async function debtorMessages(settle: Settle, origin: string, debtor: SampleDebtor, claim: Claim): Promise<DebtorMessages> {
  const messages: SampleMessage[] = [];
  for (const phase of MESSAGE_PHASES) {
    for (const tone of MESSAGE_TONES) {
      for (const channel of MESSAGE_CHANNELS) {
        const message = await renderSampleMessage(settle, origin, debtor, claim, { channel, phase, tone });
        messages.push({
          phase,
          tone,
          channel,
          subject: message.channel === 'email' ? message.subject : null,
          text: message.text,
          size: message.channel === 'sms' ? message.size : null,
        });
      }
    }
  }
  return { debtor, claim, messages };
}
