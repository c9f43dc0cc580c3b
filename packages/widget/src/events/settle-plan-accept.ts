import type { Plan, PlanProgress } from '@settle/protocol';
import type { SettleCheckoutRequestDetail } from './settle-checkout-request.js';

export interface SettlePlanAcceptDetail {
  claimId: string;
  /** The plan as the server agreed it: its schedule is the server's, not the preview. */
  plan: Plan;
  progress: PlanProgress;
  /**
   * Present when something is due at once (pay in full, a partial payment, a down payment,
   * or a first instalment due today): what a checkout should take now. The same detail
   * goes out as `settle-checkout-request` when the debtor presses "Pay now".
   */
  payNow?: SettleCheckoutRequestDetail;
}

/** The debtor agreed to an offer and the server confirmed the plan. */
export class SettlePlanAcceptEvent extends CustomEvent<SettlePlanAcceptDetail> {
  constructor(detail: SettlePlanAcceptDetail) {
    super('settle-plan-accept', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'settle-plan-accept': SettlePlanAcceptEvent;
  }
}
