import { buildOffers, buildSchedule, daysBetween, policyToday, type AcceptOfferRequest, type Plan, type SessionTokenClaims } from '@settle/protocol';
import { loadClaim } from '../claims.js';
import type { SettleContext } from '../context.js';
import { SettleError } from '../errors.js';
import { verifyOffer } from './offer-tokens.js';
import { policyFor } from './policy-source.js';
import { activePlanOf, claimFacts } from '../outcome/claim-facts.js';
import { decideOutcome } from '../outcome/decide-outcome.js';
import { offerBalance } from '../outcome/offer-balance.js';
import { getPlan, replaceOverPlan, storePlanOnce } from './plan-store.js';

/** Structural equality of two JSON values (offer terms), independent of key order. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return keysA.length === keysB.length && keysA.every((key) => sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** The effect of agreeing a plan: a promise to pay is its own event for the creditor. */
async function announce(context: SettleContext, plan: Plan): Promise<void> {
  const type = plan.kind === 'promise_to_pay' ? 'promise.made' : 'plan.accepted';
  await context.effects.dispatch({ id: `${type}:${plan.id}`, type, claimId: plan.claimId, data: { plan } });
}

/**
 * Accepts a signed offer: verifies the token, the claim's balance version and open total,
 * that the offer is still what the creditor's policy gives today, and rebuilds the
 * schedule from the server's copy of the offer. Accepting the same offer again answers
 * the same plan; a second plan only once the first is paid off.
 */
export async function acceptOffer(context: SettleContext, session: SessionTokenClaims, request: AcceptOfferRequest): Promise<{ plan: Plan; created: boolean }> {
  const offer = await verifyOffer(context, session, request.offerToken);
  const existing = await getPlan(context, offer.claimId);
  if (existing?.offerId === offer.id) {
    // Re-announcing is safe (the dispatcher deduplicates) and covers a crash between storing and announcing.
    await announce(context, existing);
    return { plan: existing, created: false };
  }

  const claim = await loadClaim(context, offer.claimId);
  const facts = await claimFacts(context, claim);
  if (activePlanOf(facts) || (claim.status === 'plan_active' && !facts.plan)) throw new SettleError('conflict', 'A plan is already agreed for this claim.');
  const outcome = decideOutcome(facts);
  if (outcome.state === 'settled' || outcome.state === 'paid_in_full') throw new SettleError('claim_settled', 'This claim is already settled.');
  if (outcome.state === 'disputed') throw new SettleError('conflict', 'This claim is disputed; collection is paused until it is checked.');
  // Offers are made on what is still open (after a partial payment: the rest).
  const balance = offerBalance(facts, outcome);
  if (!balance || claim.balanceVersion !== offer.balanceVersion || balance.amount !== offer.terms.balance.amount || balance.currency !== offer.terms.balance.currency) {
    throw new SettleError('offer_stale', 'The balance has changed since this offer was made. Here are fresh ones.');
  }
  const policy = await policyFor(context, claim);
  const today = policyToday(policy, context.options.now());
  const age = daysBetween(offer.terms.issuedOn, today);
  if (age < 0 || age > 1) throw new SettleError('offer_stale', 'This offer is out of date. Here are fresh ones.');
  const current = buildOffers(balance, policy, offer.terms.issuedOn, claim.dueDate).find((terms) => terms.kind === offer.terms.kind);
  if (!current || !sameJson(current, offer.terms)) {
    throw new SettleError('offer_invalid', 'This offer is not within the creditor’s current payment options.');
  }
  const schedule = buildSchedule(current, request.choice);
  if (!schedule.ok) {
    const reason = schedule.reasons[0];
    throw new SettleError('offer_invalid', reason ? `${reason.field}: ${reason.message}` : 'This choice is not within the offer.');
  }

  const plan: Plan = {
    id: `pln_${offer.id.slice('off_'.length)}`,
    claimId: claim.id,
    offerId: offer.id,
    balanceVersion: claim.balanceVersion,
    kind: current.kind,
    acceptedOn: today,
    acceptedAt: context.options.now(),
    schedule: schedule.value,
    rules: policy.changes,
    used: { shifts: 0, skips: 0, pauseMonths: 0 },
    changes: [],
    payments: [],
  };
  // A paid-off plan (e.g. a partial payment) or a lapsed deferral makes way for the new one.
  const stored = facts.plan ? await replaceOverPlan(context, facts.plan, plan) : await storePlanOnce(context, plan);
  if (stored.plan.offerId !== offer.id) throw new SettleError('conflict', 'A plan is already agreed for this claim.');
  await announce(context, stored.plan);
  return stored;
}
