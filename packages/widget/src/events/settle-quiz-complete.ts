import type { JourneyOption, QuizOutcome, Segment } from '@settle/protocol';

export interface SettleQuizCompleteDetail {
  /** What the answers say about the debtor's situation, as the server scored it. */
  segment: Segment;
  /** Recommended options, best first; a person comes first when hardship shows. */
  options: JourneyOption[];
  /** The server's full outcome (flags, other options, `humanFirst`, `playful`). */
  outcome: QuizOutcome;
}

/** The quiz is answered and scored; `<settle-flow>` moves on to the recommended option. */
export class SettleQuizCompleteEvent extends CustomEvent<SettleQuizCompleteDetail> {
  constructor(detail: SettleQuizCompleteDetail) {
    super('settle-quiz-complete', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'settle-quiz-complete': SettleQuizCompleteEvent;
  }
}
