import { addDays, money, nextPaymentAmount, trackPlan, type Money, type Outcome, type Plan, type PlanProgress } from '@settle/protocol';
import { hasLapsed } from '../plans/plan-lapse.js';
import type { ClaimFacts } from './claim-facts.js';
import { openTotalOf } from './open-total.js';
import { pauseResumesOn } from './plan-pause.js';
import { receiptsOf, refundedOf } from './receipts.js';

const smaller = (a: Money, b: Money): Money => (a.amount <= b.amount ? a : b);

/**
 * The debtor-facing state of a claim. The first that holds wins, money first:
 * settled (the ledger says nothing is owed) > paid_in_full (Settle saw the rest paid,
 * not booked yet) > disputed (collection paused, whatever was agreed) > the agreed plan
 * (plan_active, deferred, promised, paused, or overdue once a deferral's or promise's date
 * passed unpaid) > a plan the creditor agreed outside Settle (creditor_plan) >
 * partially_paid > contact_requested > open.
 * "Settled" comes only from the creditor's ledger, never from Settle's own records.
 */
export function decideOutcome(facts: ClaimFacts): Outcome {
  const { claim, payments, plan, record } = facts;
  const receipts = receiptsOf(claim, payments, facts.payeeName);
  const openTotal = openTotalOf(claim, facts.unbooked);
  const refunded = refundedOf(claim, payments);
  const common = { openTotal, receipts, feedbackGiven: record.feedbackEventId !== undefined, ...(refunded ? { refunded } : {}) };

  if (claim.status === 'settled' || claim.total.amount <= 0) return { state: 'settled', ...common };
  if (openTotal.amount === 0) return { state: 'paid_in_full', ...common };
  if (record.dispute || claim.status === 'disputed') {
    return { state: 'disputed', ...common, ...(record.dispute ? { since: record.dispute.since, reference: record.dispute.reference } : {}) };
  }
  if (plan) {
    const progress = trackPlan(plan.schedule, plan.payments, facts.today);
    if (progress.state !== 'completed') {
      const planned = planOutcome(plan, facts, progress, common);
      if (planned) return planned;
    }
  }
  // The ledger says a plan runs that Settle has no record of: agreed by phone or by letter.
  if (claim.status === 'plan_active' && !plan) return { state: 'creditor_plan', ...common, ...(claim.nextInstalment ? { nextDue: claim.nextInstalment } : {}) };
  if (receipts.length > 0) {
    const paid = receipts.reduce((sum, receipt) => sum + (receipt.amount.currency === claim.currency ? receipt.amount.amount : 0), 0);
    return { state: 'partially_paid', ...common, paid: money(paid, claim.currency) };
  }
  if (record.contact) return { state: 'contact_requested', ...common, since: record.contact.since, reference: record.contact.reference, hardship: record.contact.hardship };
  return { state: 'open', ...common };
}

type Common = Pick<Outcome, 'openTotal' | 'receipts' | 'feedbackGiven' | 'refunded'>;

/** The state an agreed, not yet completed plan gives; null for plans that only pay now (in full or in part). */
function planOutcome(plan: Plan, facts: ClaimFacts, progress: PlanProgress, common: Common): Outcome | null {
  const { openTotal } = common;
  const next = progress.nextDue;
  const left = nextPaymentAmount(progress);
  // What the next payment collects: never more than is still open on the ledger.
  const nextDue = next && left ? { dueDate: next.dueDate, amount: smaller(left, openTotal) } : undefined;
  const owed = smaller(progress.outstanding, openTotal);
  const first = plan.schedule.instalments[0];
  const agreedDate = first?.dueDate ?? plan.acceptedOn;
  switch (plan.kind) {
    case 'deferral':
    case 'promise_to_pay':
      // The date passed unpaid: say so, with what is open now, rather than "all is well".
      if (hasLapsed(plan, progress)) return { state: 'overdue', ...common, planId: plan.id, kind: plan.kind, date: agreedDate };
      return plan.kind === 'deferral'
        ? { state: 'deferred', ...common, planId: plan.id, until: agreedDate, amount: owed }
        : { state: 'promised', ...common, planId: plan.id, date: agreedDate, amount: owed };
    case 'payment_pause':
    case 'instalments': {
      // A payment pause agreed up front, or one asked for later in the plan manager.
      const resumes = pauseResumesOn(plan, progress, facts.today);
      if (resumes) return { state: 'paused', ...common, planId: plan.id, until: addDays(resumes, -1), ...(nextDue ? { nextDue } : {}) };
      return planActive(plan, facts, progress, common, nextDue);
    }
    case 'pay_in_full':
    case 'partial_payment':
      return null;
  }
}

function planActive(plan: Plan, facts: ClaimFacts, progress: PlanProgress, common: Common, nextDue: { dueDate: string; amount: Money } | undefined): Outcome {
  return {
    state: 'plan_active',
    ...common,
    planId: plan.id,
    ...(nextDue ? { nextDue } : {}),
    paid: progress.paid,
    instalmentCount: plan.schedule.instalments.length,
    autopay: facts.autopay,
  };
}
