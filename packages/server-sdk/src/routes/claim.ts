import { authenticate, requireClaimAccess } from '../auth.js';
import { claimSettingsFor, presentationOf } from '../claim-settings/claim-settings.js';
import { loadValidatedClaim } from '../claims.js';
import type { SettleContext } from '../context.js';
import { jsonText } from '../http/responses.js';
import type { Router } from '../http/router.js';
import { outcomeOf } from '../outcome/outcome-of.js';

/** GET /claims/:claimId: the itemized claim and its debtor-facing outcome, for the session bound to it only. */
export function registerClaimRoutes(router: Router, context: SettleContext): void {
  router.add('claim', async (request, params) => {
    const session = await authenticate(request, context);
    const claimId = params.claimId ?? '';
    requireClaimAccess(session, claimId);
    const { claim, json } = await loadValidatedClaim(context, claimId);
    // One run of the creditor's resolver for the outcome's payee and the presentation.
    const settings = claimSettingsFor(context, claim);
    const outcome = await outcomeOf(context, claim, settings);
    const presentation = presentationOf(context, await settings);
    // Same shape as ClaimResponse, assembled from the cached, already validated JSON.
    return jsonText(`{"claim":${json},"outcome":${JSON.stringify(outcome)},"presentation":${JSON.stringify(presentation)}}`);
  });
}
