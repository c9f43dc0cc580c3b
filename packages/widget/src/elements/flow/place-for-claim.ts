import type { Claim } from '@settle/protocol';
import type { FlowPlace, FlowStep } from './steps.js';

/** Steps that still make sense once a plan is agreed or the claim is paid. */
const AFTER_AGREEMENT: ReadonlySet<FlowStep> = new Set(['checkout', 'feedback', 'contact', 'dispute', 'manage']);
const AFTER_SETTLEMENT: ReadonlySet<FlowStep> = new Set(['feedback', 'contact']);

/**
 * Where a debtor lands, from the claim as the server sees it now and the place saved
 * before a reload: a settled claim shows the thank-you, a claim with a plan opens the
 * plan, an open claim resumes the saved step or starts at the summary.
 */
export function placeForClaim(claim: Claim, saved: FlowPlace | undefined): FlowPlace {
  switch (claim.status) {
    case 'settled':
      return saved && AFTER_SETTLEMENT.has(saved.step) ? saved : { step: 'settled' };
    case 'plan_active':
      return saved && AFTER_AGREEMENT.has(saved.step) ? saved : { step: 'manage' };
    case 'disputed':
      return saved && (saved.step === 'dispute' || saved.step === 'contact' || saved.step === 'feedback') ? saved : { step: 'summary' };
    default:
      return saved && saved.step !== 'identity' && saved.step !== 'settled' && saved.step !== 'manage' ? saved : { step: 'summary' };
  }
}
