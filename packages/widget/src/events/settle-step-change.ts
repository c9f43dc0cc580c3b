import type { FlowStep } from '../elements/flow/steps.js';

export interface SettleStepChangeDetail {
  claimId: string;
  /** The step now shown. */
  step: FlowStep;
  /** The step before, if any. */
  previous?: FlowStep;
  /** How the debtor got here: an action in the flow, the browser's back/forward, or a reload. */
  cause: 'action' | 'history' | 'resume';
}

/** `<settle-flow>` shows another step (for the page's analytics or its own progress display). */
export class SettleStepChangeEvent extends CustomEvent<SettleStepChangeDetail> {
  constructor(detail: SettleStepChangeDetail) {
    super('settle-step-change', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'settle-step-change': SettleStepChangeEvent;
  }
}
