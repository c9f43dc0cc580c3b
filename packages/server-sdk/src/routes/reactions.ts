import { authenticate } from '../auth.js';
import type { SettleContext } from '../context.js';
import { SettleError } from '../errors.js';
import { readBody } from '../http/request-body.js';
import { BASE_HEADERS } from '../http/responses.js';
import type { Router } from '../http/router.js';
import { noteLastStep, reportReaction } from '../reactions/journeys.js';

/** Reports one session may send: a journey has about ten steps and a few options, each reported again on back and forward. */
const MAX_REACTIONS_PER_SESSION = 200;

const NO_CONTENT = { status: 204, headers: BASE_HEADERS, text: null };

/**
 * POST /reactions: what the debtor's screen saw or chose (the claim, a step, an option),
 * which the server cannot see itself. Each reaches the creditor once per session (and
 * step, or option) with the link's channel and phase; a repeat changes nothing. Needs no
 * identity check, since it reads nothing of the claim; limited per session.
 */
export function registerReactionRoutes(router: Router, context: SettleContext): void {
  router.add('reactions', async (request) => {
    const session = await authenticate(request, context);
    const reaction = await readBody(request, 'reactions', context.options.maxBodyBytes);
    const { store, sessionAbsoluteTtlSeconds } = context.options;
    if ((await store.increment(`reactions:${session.sid}`, sessionAbsoluteTtlSeconds * 1000)) > MAX_REACTIONS_PER_SESSION) {
      throw new SettleError('rate_limited', 'Too many reports from this session.', { headers: { 'retry-after': String(sessionAbsoluteTtlSeconds) } });
    }
    switch (reaction.type) {
      case 'claim.viewed':
        await reportReaction(context, session, 'claim.viewed', `claim.viewed:${session.sid}`, {});
        break;
      case 'step.viewed':
        await noteLastStep(context, session, reaction.step);
        await reportReaction(context, session, 'step.viewed', `step.viewed:${session.sid}:${reaction.step}`, { step: reaction.step });
        break;
      case 'option.chosen':
        await reportReaction(context, session, 'option.chosen', `option.chosen:${session.sid}:${reaction.option}`, { option: reaction.option });
        break;
    }
    return NO_CONTENT;
  });
}
