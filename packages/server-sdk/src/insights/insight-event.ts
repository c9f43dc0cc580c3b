import type { LinkChannel, Segment } from '@settle/protocol';
import type { MessagePhase, MessageTone } from '../messages/types.js';

/**
 * What a creditor stores of each journey step, as Settle's callbacks (and its own sending)
 * report them. Insights are pure functions over a list of these.
 */
export type InsightEventType = 'message.sent' | 'link.opened' | 'claim.viewed' | 'option.chosen' | 'plan.agreed' | 'payment.succeeded' | 'contact.requested' | 'feedback.submitted';

export interface InsightEvent {
  type: InsightEventType;
  claimId: string;
  /** ISO 8601 instant, e.g. "2026-12-03T18:04:00Z". */
  time: string;
  segment?: Segment;
  /** The channel, phase and tone of the message the debtor's link came from. */
  channel?: LinkChannel;
  phase?: MessagePhase;
  tone?: MessageTone;
  /** A tone experiment's id and the variant this claim was given. */
  experimentId?: string;
  variant?: string;
  /** The debtor's IANA time zone ("Europe/Berlin"), for the best contact time. */
  timeZone?: string;
  /** `feedback.submitted`: the CSAT score and the comment with its language. */
  score?: number;
  comment?: string;
  locale?: 'de' | 'en';
}

/** Outcomes end the funnel: an agreed plan, a payment, or a request to talk to a person (hardship). */
export const OUTCOME_TYPES: ReadonlySet<InsightEventType> = new Set(['plan.agreed', 'payment.succeeded', 'contact.requested']);

export function timeOf(event: InsightEvent): number {
  const time = Date.parse(event.time);
  if (Number.isNaN(time)) throw new TypeError(`Event time "${event.time}" is not an ISO 8601 instant`);
  return time;
}
