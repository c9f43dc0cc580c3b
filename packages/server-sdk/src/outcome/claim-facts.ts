import { todayIso, type Claim, type Plan } from '@settle/protocol';
import type { SettleContext } from '../context.js';
import { claimSettingsFor, type ClaimSettings } from '../claim-settings/claim-settings.js';
import { hasAutopay } from '../payments/autopay-mandates.js';
import { unbookedPaid } from '../payments/balance-ledger.js';
import { claimPayments } from '../payments/claim-payments.js';
import type { PaymentRecord } from '../payments/records.js';
import { planIsOver } from '../plans/plan-lapse.js';
import { getPlan } from '../plans/plan-store.js';
import { readClaimRecord, type ClaimRecord } from './claim-record.js';

/** Everything the outcome is decided from: the creditor's claim and Settle's own records. */
export interface ClaimFacts {
  claim: Claim;
  payments: PaymentRecord[];
  /** Minor units Settle counted on the claim's current balance that the creditor has not booked yet. */
  unbooked: number;
  plan: Plan | null;
  record: ClaimRecord;
  autopay: boolean;
  /**
   * Today in UTC, as the plan store and autopay count it. Only where a pause ends and when
   * an instalment is due depend on it, so the claim read never waits on the creditor's policy.
   */
  today: string;
  /** The claim's configured payee, named on receipts; absent when none is configured. */
  payeeName?: string;
}

/** Reads the facts in parallel: a handful of store reads. `settings`: the claim's, when the caller has read them already. */
export async function claimFacts(context: SettleContext, claim: Claim, settings?: Promise<ClaimSettings>): Promise<ClaimFacts> {
  const { store, now } = context.options;
  const [payments, unbooked, plan, record, autopay, payeeName] = await Promise.all([
    claimPayments(store, claim.id),
    unbookedPaid(store, claim.id, claim.balanceVersion),
    getPlan(context, claim.id),
    readClaimRecord(store, claim.id),
    hasAutopay(store, claim.id),
    payeeNameOf(context, claim, settings),
  ]);
  return { claim, payments, unbooked, plan, record, autopay, today: todayIso(new Date(now())), ...(payeeName ? { payeeName } : {}) };
}

/** A failing resolver (logged where it is called) leaves receipts naming whoever collects the claim. */
async function payeeNameOf(context: SettleContext, claim: Claim, settings = claimSettingsFor(context, claim)): Promise<string | undefined> {
  return (await settings.catch(() => undefined))?.payee?.name;
}

/** The plan agreed through Settle while it still binds; null when none, paid off or lapsed. */
export function activePlanOf(facts: ClaimFacts): Plan | null {
  const { plan, today } = facts;
  return plan && !planIsOver(plan, today) ? plan : null;
}
