import { buildOffers, plansPerPayment, policyToday, type MonthlyPlansResponse, type OffersResponse } from '@settle/protocol';
import { authenticate, requireClaimAccess } from '../auth.js';
import { loadClaim } from '../claims.js';
import type { SettleContext } from '../context.js';
import { SettleError } from '../errors.js';
import { readBody } from '../http/request-body.js';
import { json } from '../http/responses.js';
import type { Router } from '../http/router.js';
import { activePlanOf, claimFacts } from '../outcome/claim-facts.js';
import { decideOutcome } from '../outcome/decide-outcome.js';
import { offerBalance } from '../outcome/offer-balance.js';
import { signOffers, verifyOffer } from '../plans/offer-tokens.js';
import { policyFor } from '../plans/policy-source.js';

/**
 * GET /offers: what the creditor's policy allows for what is still open on the claim, each
 * offer signed and bound to the claim, its balance version, this session and a short
 * expiry. Nothing is stored, so a GET changes nothing. No offers while a plan is active,
 * or when the claim is settled, paid or disputed.
 *
 * POST /offers/monthly: the plans within a signed instalment offer whose instalments fit
 * what the debtor could pay each time, at the frequency asked for (monthly when the offer
 * allows it, else its first), computed here from the server's copy of the offer. Below the
 * smallest possible amount it answers `amount_below_minimum` with that amount; a frequency
 * the offer does not allow is `validation_failed`. Nothing is stored; accepting a plan goes
 * through POST /plans as before.
 */
export function registerOfferRoutes(router: Router, context: SettleContext): void {
  router.add('offers', async (request) => {
    const session = await authenticate(request, context);
    requireClaimAccess(session, session.sub);
    const claim = await loadClaim(context, session.sub);
    const facts = await claimFacts(context, claim);
    const active = activePlanOf(facts);
    if (active) return json({ offers: [], activePlanId: active.id } satisfies OffersResponse);
    const balance = offerBalance(facts, decideOutcome(facts));
    if (!balance) return json({ offers: [] } satisfies OffersResponse);
    const policy = await policyFor(context, claim);
    const terms = buildOffers(balance, policy, policyToday(policy, context.options.now()), claim.dueDate);
    const body: OffersResponse = { offers: await signOffers(context, session, claim, terms) };
    return json(body);
  });

  router.add('monthlyPlans', async (request) => {
    const session = await authenticate(request, context);
    requireClaimAccess(session, session.sub);
    const { offerToken, monthlyAmount, ...extras } = await readBody(request, 'monthlyPlans', context.options.maxBodyBytes);
    const { terms } = await verifyOffer(context, session, offerToken);
    if (terms.kind !== 'instalments') throw new SettleError('validation_failed', 'Amounts per payment shape instalment offers only.');
    const result = plansPerPayment(terms, monthlyAmount, extras);
    if (!result.ok) {
      const reason = result.reasons[0];
      const message = reason ? `${reason.field}: ${reason.message}` : 'No plan fits this amount.';
      if (result.smallest) throw new SettleError('amount_below_minimum', message, { minimum: result.smallest });
      throw new SettleError('validation_failed', message);
    }
    return json({ plans: result.plans } satisfies MonthlyPlansResponse);
  });
}
