import { authenticate } from '../auth.js';
import { claimReader } from '../claim-settings/claim-reader.js';
import { identityOf } from '../claim-settings/claim-settings.js';
import type { SettleContext } from '../context.js';
import { readBody } from '../http/request-body.js';
import { json } from '../http/responses.js';
import type { Router } from '../http/router.js';
import { checkIdentity, pickAnswers } from '../identity/check.js';
import { renewSession } from '../sessions.js';

/**
 * POST /identity: the debtor's answers (e.g. date of birth) for a link session. A match
 * renews the session with `idv`, which the claim routes require. Every answer, right or
 * wrong, takes at least `identity.minResponseMs`, so timing tells nothing either.
 * The claim's own rule (`claimSettings`) decides whether and what it asks.
 */
export function registerIdentityRoutes(router: Router, context: SettleContext): void {
  const { options } = context;
  // Claims may still ask per claim without a verifier: checkIdentity answers that with a typed error.
  if (options.identityCheck && !options.backend.verifyIdentity) {
    throw new TypeError('createSettle: identityCheck needs backend.verifyIdentity');
  }
  router.add('identity', async (request) => {
    const started = performance.now();
    try {
      const session = await authenticate(request, context);
      const { answers } = await readBody(request, 'identity', options.maxBodyBytes);
      if (!session.idv) {
        const identity = identityOf(context, await claimReader(context, session.sub).settings());
        if (identity.check) await checkIdentity(context, session, pickAnswers(identity.fields, answers));
      }
      return json(await renewSession(context, session, { idv: true }));
    } finally {
      await sleep(options.identity.minResponseMs - (performance.now() - started));
    }
  });
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
