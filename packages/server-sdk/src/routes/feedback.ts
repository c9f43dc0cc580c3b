import type { FeedbackResponse } from '@settle/protocol';
import { authenticate, requireClaimAccess } from '../auth.js';
import type { SettleContext } from '../context.js';
import { recordSubmission, submissionEventId } from '../effects/request-effect.js';
import { SettleError } from '../errors.js';
import { readBody } from '../http/request-body.js';
import { json } from '../http/responses.js';
import type { Router } from '../http/router.js';
import { claimFeedback } from '../outcome/claim-record.js';

/**
 * POST /feedback: a CSAT score on the creditor's scale, a comment, and how the debtor
 * prefers to be contacted. Once per claim, however many sessions the debtor opens: a
 * retry gets the same answer; a second, different submission, or one from another
 * session, a 409.
 */
export function registerFeedbackRoutes(router: Router, context: SettleContext): void {
  router.add('feedback', async (request) => {
    const session = await authenticate(request, context);
    requireClaimAccess(session, session.sub);
    const feedback = await readBody(request, 'feedback', context.options.maxBodyBytes);
    const scale = context.options.journey.csat;
    if (feedback.score < scale.min || feedback.score > scale.max) {
      throw new SettleError('validation_failed', `score must be between ${scale.min} and ${scale.max}.`);
    }
    if (!(await claimFeedback(context.options.store, session.sub, submissionEventId('feedback.given', session.sub, session.sid)))) {
      throw new SettleError('conflict', 'Feedback for this claim was already given. Thank you!');
    }
    const recorded = await recordSubmission(
      context,
      {
        type: 'feedback.given',
        claimId: session.sub,
        key: session.sid,
        field: 'feedback',
        submission: { ...feedback, comment: feedback.comment?.trim() || undefined },
        facts: { scale: { min: scale.min, max: scale.max } },
      },
      'FBK',
    );
    const body: FeedbackResponse = { reference: recorded.reference, receivedAt: recorded.receivedAt };
    return json(body, 202);
  });
}
