import { policyToday, trackPlan, type Claim, type Plan } from '@settle/protocol';
import type { SettleContext } from '../context.js';
import { hasAutopay } from '../payments/autopay-mandates.js';
import { claimPayments } from '../payments/claim-payments.js';
import type { PaymentRecord } from '../payments/records.js';
import { getPlan } from '../plans/plan-store.js';
import { policyFor } from '../plans/policy-source.js';
import { readClaimRecord, type ClaimRecord } from './claim-record.js';

/** Everything the outcome is decided from: the creditor's claim and Settle's own records. */
export interface ClaimFacts {
  claim: Claim;
  payments: PaymentRecord[];
  plan: Plan | null;
  record: ClaimRecord;
  autopay: boolean;
  /** The creditor's "today" (policy time zone); plan dates are compared with it. */
  today: string;
}

/** Reads the facts in parallel: a handful of store reads, and the policy only when a plan needs a date. */
export async function claimFacts(context: SettleContext, claim: Claim): Promise<ClaimFacts> {
  const { store, now } = context.options;
  const [payments, plan, record, autopay] = await Promise.all([claimPayments(store, claim.id), getPlan(context, claim.id), readClaimRecord(store, claim.id), hasAutopay(store, claim.id)]);
  const today = plan ? policyToday(await policyFor(context, claim), now()) : new Date(now()).toISOString().slice(0, 10);
  return { claim, payments, plan, record, autopay, today };
}

/** The plan agreed through Settle while something is still owed on it; null when none or paid off. */
export function activePlanOf(facts: ClaimFacts): Plan | null {
  const { plan, today } = facts;
  return plan && trackPlan(plan.schedule, plan.payments, today).state !== 'completed' ? plan : null;
}
