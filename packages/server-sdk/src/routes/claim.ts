import { ROUTES, type ClaimResponse } from '@settle/protocol';
import { authenticate, requireClaimAccess } from '../auth.js';
import { loadClaim } from '../claims.js';
import type { SettleContext } from '../context.js';
import { json } from '../http/responses.js';
import type { Router } from '../http/router.js';

/** GET /claims/:claimId: the itemized claim, for the session bound to it only. */
export function registerClaimRoutes(router: Router, context: SettleContext): void {
  router.add('GET', ROUTES.claim, async (request, params) => {
    const session = await authenticate(request, context);
    const claimId = params.claimId ?? '';
    requireClaimAccess(session, claimId, context);
    const body: ClaimResponse = { claim: await loadClaim(context, claimId) };
    return json(body);
  });
}
