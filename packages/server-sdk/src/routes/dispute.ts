import { DisputeRequest, ROUTES, type DisputeResponse } from '@settle/protocol';
import { authenticate, requireClaimAccess } from '../auth.js';
import { loadClaim } from '../claims.js';
import type { SettleContext } from '../context.js';
import { recordSubmission, submissionKey } from '../effects/request-effect.js';
import { readJson } from '../http/request-body.js';
import { json } from '../http/responses.js';
import type { Router } from '../http/router.js';
import { humanRouteFor } from '../support/human-route.js';

/**
 * POST /disputes: "not my debt", "wrong amount" or another reason. Collection pauses
 * until the creditor has reviewed it (Reg F for US claims; good practice everywhere):
 * `onDisputeOpened` receives `claimStatus: 'disputed'` for the creditor to apply, and
 * the debtor gets a reference and a human route.
 */
export function registerDisputeRoutes(router: Router, context: SettleContext): void {
  router.add('POST', ROUTES.disputes, async (request) => {
    const session = await authenticate(request, context);
    requireClaimAccess(session, session.sub, context);
    const key = submissionKey(request, session);
    const dispute = await readJson(request, DisputeRequest, context.options.maxBodyBytes);
    const claim = await loadClaim(context, session.sub);
    const recorded = await recordSubmission(
      context,
      {
        type: 'dispute.opened',
        claimId: claim.id,
        key,
        field: 'dispute',
        submission: { reason: dispute.reason, note: dispute.note?.trim() || undefined, requestOriginalCreditor: dispute.requestOriginalCreditor ?? false },
        facts: {
          claimStatus: 'disputed',
          collectionPaused: true,
          jurisdiction: claim.jurisdiction,
          ...(claim.validationPeriodEnd ? { validationPeriodEnd: claim.validationPeriodEnd } : {}),
        },
      },
      'DSP',
    );
    const body: DisputeResponse = {
      reference: recorded.reference,
      receivedAt: recorded.receivedAt,
      collectionPaused: true,
      support: await humanRouteFor(context, claim.id, claim),
    };
    return json(body, 202);
  });
}
