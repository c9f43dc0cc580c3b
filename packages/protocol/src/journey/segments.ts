import * as z from 'zod/mini';
import { JOURNEY_OPTIONS } from './journey-options.js';

/** Why the claim is open, as the quiz sees it (from the seeds' customer groups). */
export const Segment = z.enum(['forgot', 'pay_now', 'short_until_payday', 'instalments', 'hardship', 'dispute']);
export type Segment = z.infer<typeof Segment>;

/** Every choice the journey can recommend: the plan offers plus routes to a person. */
export const JourneyOption = z.enum(JOURNEY_OPTIONS);
export type JourneyOption = z.infer<typeof JourneyOption>;

/** What the answers can reveal beyond the segment; each sends the debtor to a person first. */
export const QuizFlag = z.enum(['hardship', 'vulnerability', 'wants_human']);
export type QuizFlag = z.infer<typeof QuizFlag>;

/** When two segments score the same, the more protective reading wins. */
export const SEGMENT_PRIORITY: readonly Segment[] = ['dispute', 'hardship', 'instalments', 'short_until_payday', 'forgot', 'pay_now'];

/** Recommended options per segment, in order (the table in the domain notes). Creditors may override it. */
export const DEFAULT_RECOMMENDATIONS: Readonly<Record<Segment, readonly JourneyOption[]>> = {
  forgot: ['pay_in_full', 'deferral'],
  pay_now: ['pay_in_full'],
  short_until_payday: ['deferral', 'promise_to_pay'],
  instalments: ['instalments', 'partial_payment'],
  hardship: ['talk_to_person', 'instalments', 'payment_pause', 'debt_advice'],
  dispute: ['dispute', 'talk_to_person'],
};
