import type { Plan, PlanChange, PlanProgress } from '@settle/protocol';

export interface SettlePlanChangeDetail {
  claimId: string;
  /** What the debtor changed (shift, pause or skip). */
  change: PlanChange;
  /** The plan after the change, as the server saved it. */
  plan: Plan;
  progress: PlanProgress;
}

/** The server accepted a change to an agreed plan (an instalment moved or skipped, or a pause). */
export class SettlePlanChangeEvent extends CustomEvent<SettlePlanChangeDetail> {
  constructor(detail: SettlePlanChangeDetail) {
    super('settle-plan-change', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'settle-plan-change': SettlePlanChangeEvent;
  }
}
