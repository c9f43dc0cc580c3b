import { buildOffers, policyToday, type JourneyResponse } from '@settle/protocol';
import { authenticate, requireClaimAccess } from '../auth.js';
import { loadClaim } from '../claims.js';
import { claimSettingsFor, presentationOf, supportOf } from '../claim-settings/claim-settings.js';
import type { SettleContext } from '../context.js';
import { json } from '../http/responses.js';
import type { Router } from '../http/router.js';
import { enabledOptions } from '../journey/enabled-options.js';
import { policyFor } from '../plans/policy-source.js';

/**
 * GET /journey: the creditor's quiz, brand, texts, tone, support, facts and CSAT scale,
 * and the options this claim can reach (offers its balance allows, dispute, a person).
 * Like every claim route it waits for the identity check; before it, the host page's
 * `--settle-*` properties brand the widget.
 */
export function registerJourneyRoutes(router: Router, context: SettleContext): void {
  router.add('journey', async (request) => {
    const session = await authenticate(request, context);
    requireClaimAccess(session, session.sub);
    const claim = await loadClaim(context, session.sub);
    const policy = await policyFor(context, claim);
    const kinds = buildOffers(claim.total, policy, policyToday(policy, context.options.now())).map((offer) => offer.kind);
    const { quiz, tone, facts, csat } = context.options.journey;
    const settings = await claimSettingsFor(context, claim);
    const support = supportOf(context, settings);
    // The claim's own brand (its name, logo, colours) and texts, never the instance's.
    const { brand: theme, texts = {} } = presentationOf(context, settings);
    const body: JourneyResponse = { journey: { quiz, theme, texts, tone, support, options: enabledOptions(kinds, { ...context.options.journey, support }), facts, csat } };
    return json(body);
  });
}
