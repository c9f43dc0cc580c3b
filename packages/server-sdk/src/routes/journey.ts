import { ROUTES, type JourneyResponse, type OfferKind, type SessionTokenClaims } from '@settle/protocol';
import { authenticate } from '../auth.js';
import { loadClaim } from '../claims.js';
import type { SettleContext } from '../context.js';
import { SettleError } from '../errors.js';
import { json } from '../http/responses.js';
import type { Router } from '../http/router.js';
import { enabledOptions } from '../journey/enabled-options.js';
import { policyFor } from '../plans/policy-source.js';

/**
 * The offer kinds the creditor's policy switches on. A fixed policy needs no claim; a
 * per-claim policy is read only once the identity check (if any) is passed, since it
 * depends on the claim.
 */
async function offerKinds(context: SettleContext, session: SessionTokenClaims): Promise<OfferKind[]> {
  const source = context.options.policy;
  if (typeof source !== 'function') return [...source.enabledOptions];
  if (context.options.identityCheck && !session.idv) return [];
  return [...(await policyFor(context, await loadClaim(context, session.sub))).enabledOptions];
}

/**
 * GET /journey: the creditor's quiz, brand, texts, tone, support, options, facts and CSAT
 * scale. Nothing in it is about the debtor, so it answers before the identity check too:
 * the check's own page wears the creditor's brand.
 */
export function registerJourneyRoutes(router: Router, context: SettleContext): void {
  router.add('GET', ROUTES.journey, async (request) => {
    const session = await authenticate(request, context);
    if (!session.sub) throw new SettleError('token_invalid', 'The token is not valid.');
    const { quiz, theme, texts, tone, support, facts, csat } = context.options.journey;
    const options = enabledOptions(await offerKinds(context, session), context.options.journey);
    const body: JourneyResponse = { journey: { quiz, theme, texts, tone, support, options, facts, csat } };
    return json(body);
  });
}
