import type { Claim, Money, Theme } from '@settle/protocol';
import type { MessageLocale } from './format.js';
import type { SmsSize } from './sms-encoding.js';

export type MessageChannel = 'email' | 'sms' | 'whatsapp';
export const MESSAGE_CHANNELS: readonly MessageChannel[] = ['email', 'sms', 'whatsapp'];

/** The three collection phases, then the after-care messages. */
export type MessagePhase = 'first_reminder' | 'second_reminder' | 'final_notice' | 'plan_confirmation' | 'instalment_due' | 'thank_you';
export const MESSAGE_PHASES: readonly MessagePhase[] = ['first_reminder', 'second_reminder', 'final_notice', 'plan_confirmation', 'instalment_due', 'thank_you'];

/** The widget's tones: `easy` is Leichte Sprache / plain English. */
export type MessageTone = 'empathetic' | 'neutral' | 'formal' | 'easy';
export const MESSAGE_TONES: readonly MessageTone[] = ['empathetic', 'neutral', 'formal', 'easy'];

export const MESSAGE_LOCALES: readonly MessageLocale[] = ['de', 'en'];

/** The plan a plan confirmation or an instalment reminder is about. */
export interface MessageInstalment {
  amount: Money;
  /** The (next) instalment's date, YYYY-MM-DD. */
  dueDate: string;
  /** How many instalments the plan has; a plan confirmation says so. */
  count?: number;
}

export interface MessageInput {
  channel: MessageChannel;
  claim: Claim;
  /** The debtor's link (the signed link, or the creditor's short link to it). */
  link: string;
  phase: MessagePhase;
  tone: MessageTone;
  locale: MessageLocale;
  /** Required for `plan_confirmation` and `instalment_due`. */
  instalment?: MessageInstalment;
  /**
   * The sender's brand: the claim's `presentation.brand` from `claimSettings(claim)`, else
   * the instance's `journey.theme`. The email's button, name and links take its colours;
   * without one they stay neutral, never another creditor's.
   */
  brand?: Theme;
}

export interface EmailMessage {
  channel: 'email';
  subject: string;
  html: string;
  text: string;
}

export interface SmsMessage {
  channel: 'sms';
  text: string;
  /** GSM-7 or UCS-2, and how many segments the gateway will bill. */
  size: SmsSize;
}

export interface WhatsAppMessage {
  channel: 'whatsapp';
  text: string;
}

export type RenderedMessage = EmailMessage | SmsMessage | WhatsAppMessage;
