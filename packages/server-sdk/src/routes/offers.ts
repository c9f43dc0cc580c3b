import { buildOffers, policyToday, ROUTES, type OffersResponse } from '@settle/protocol';
import { authenticate, requireClaimAccess } from '../auth.js';
import { loadClaim } from '../claims.js';
import type { SettleContext } from '../context.js';
import { json } from '../http/responses.js';
import type { Router } from '../http/router.js';
import { signOffers } from '../plans/offer-tokens.js';
import { getActivePlan } from '../plans/plan-store.js';
import { policyFor } from '../plans/policy-source.js';

/**
 * GET /offers: what the creditor's policy allows for the claim's current balance, each
 * offer signed and bound to the claim, its balance version, this session and a short
 * expiry. Nothing is stored, so a GET changes nothing.
 */
export function registerOfferRoutes(router: Router, context: SettleContext): void {
  router.add('GET', ROUTES.offers, async (request) => {
    const session = await authenticate(request, context);
    requireClaimAccess(session, session.sub, context);
    const claim = await loadClaim(context, session.sub);
    const active = await getActivePlan(context, claim.id);
    if (active) return json({ offers: [], activePlanId: active.id } satisfies OffersResponse);
    // A plan agreed elsewhere (e.g. by phone) shows as plan_active: nothing new to offer then either.
    if (claim.status !== 'open') return json({ offers: [] } satisfies OffersResponse);
    const policy = await policyFor(context, claim);
    const terms = buildOffers(claim.total, policy, policyToday(policy, context.options.now()));
    const body: OffersResponse = { offers: await signOffers(context, session, claim, terms) };
    return json(body);
  });
}
