import type { DisputeResponse } from '@settle/protocol';
import { authenticate, requireClaimAccess } from '../auth.js';
import { loadClaim } from '../claims.js';
import type { SettleContext } from '../context.js';
import { recordSubmission, submissionEventId, submissionKey } from '../effects/request-effect.js';
import { readBody } from '../http/request-body.js';
import { json } from '../http/responses.js';
import type { Router } from '../http/router.js';
import { admitSubmission } from '../outcome/claim-limits.js';
import { noteDispute } from '../outcome/claim-record.js';
import { revokeAutopay } from '../payments/autopay-mandates.js';
import { humanRouteFor } from '../support/human-route.js';

/**
 * POST /disputes: "not my debt", "wrong amount" or another reason. Collection pauses
 * until the creditor has reviewed it (Reg F for US claims; good practice everywhere):
 * `onDisputeOpened` receives `claimStatus: 'disputed'` for the creditor to apply, and
 * the debtor gets a reference and a human route. Autopay stops at once (its mandate is
 * revoked), and the claim's outcome shows the first dispute. A few new disputes per claim
 * and day; a retry of one already received is answered the same and not counted.
 */
export function registerDisputeRoutes(router: Router, context: SettleContext): void {
  router.add('disputes', async (request) => {
    const session = await authenticate(request, context);
    requireClaimAccess(session, session.sub);
    const key = submissionKey(request, session);
    const dispute = await readBody(request, 'disputes', context.options.maxBodyBytes);
    const claim = await loadClaim(context, session.sub);
    await admitSubmission(context, 'dispute', claim.id, submissionEventId('dispute.opened', claim.id, key));
    await revokeAutopay(context, claim.id, 'dispute');
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
    await noteDispute(context.options.store, claim.id, { since: recorded.receivedAt, reference: recorded.reference });
    const body: DisputeResponse = {
      reference: recorded.reference,
      receivedAt: recorded.receivedAt,
      collectionPaused: true,
      support: await humanRouteFor(context, claim.id, claim),
    };
    return json(body, 202);
  });
}
