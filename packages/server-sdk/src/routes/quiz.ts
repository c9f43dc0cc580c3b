import { buildOffers, policyToday, type QuizResponse } from '@settle/protocol';
import { authenticate, requireClaimAccess } from '../auth.js';
import { loadClaim } from '../claims.js';
import type { SettleContext } from '../context.js';
import { readBody } from '../http/request-body.js';
import { json } from '../http/responses.js';
import type { Router } from '../http/router.js';
import { enabledOptions } from '../journey/enabled-options.js';
import { scoreAnswers } from '../journey/score-answers.js';
import { countAgainstClaimLimit } from '../outcome/claim-limits.js';
import { policyFor } from '../plans/policy-source.js';
import { noteSegment } from '../reactions/journeys.js';

/**
 * POST /quiz: scores the answers into a segment and the options to show, in order. The
 * creditor hears of it once per session (`onQuizCompleted`, id `quiz.completed:<session>`),
 * even when the debtor goes back and answers again. Scoring is limited per claim.
 */
export function registerQuizRoutes(router: Router, context: SettleContext): void {
  router.add('quiz', async (request) => {
    const session = await authenticate(request, context);
    requireClaimAccess(session, session.sub);
    const { answers } = await readBody(request, 'quiz', context.options.maxBodyBytes);
    await countAgainstClaimLimit(context.options.store, 'quiz', session.sub);
    const claim = await loadClaim(context, session.sub);
    const policy = await policyFor(context, claim);
    const kinds = buildOffers(claim.total, policy, policyToday(policy, context.options.now())).map((offer) => offer.kind);
    const { journey } = context.options;
    const outcome = await scoreAnswers(context, claim, answers, { recommendations: journey.recommendations, enabled: enabledOptions(kinds, journey) });
    await noteSegment(context, claim.id, outcome.segment);
    await context.effects.dispatch({ id: `quiz.completed:${session.sid}`, type: 'quiz.completed', claimId: claim.id, data: { answers, outcome } });
    const body: QuizResponse = { outcome };
    return json(body);
  });
}
