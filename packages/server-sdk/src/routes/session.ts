import type { SettleContext } from '../context.js';
import { SettleError } from '../errors.js';
import { readBody } from '../http/request-body.js';
import { json } from '../http/responses.js';
import type { Router } from '../http/router.js';
import { claimReader } from '../claim-settings/claim-reader.js';
import { issueSession, renewSession } from '../sessions.js';
import { withClaim } from './session-claim.js';

/**
 * POST /session: exchanges a link token for a session, or renews a session token (a
 * reload resumes that way), answering with the claim when the session may read it.
 * Only POST: email scanners prefetch links with GET, and must not consume anything.
 */
export function registerSessionRoutes(router: Router, context: SettleContext): void {
  router.add('session', async (request) => {
    const { token } = await readBody(request, 'session', context.options.maxBodyBytes);
    const kind = context.tokens.kindOf(token);
    if (kind === 'link') {
      const link = await context.tokens.verify('link', token);
      const read = claimReader(context, link.sub);
      const issued = await issueSession(context, { claimId: link.sub, locale: link.locale, linkId: link.jti, identityVerified: false, channel: link.ch, phase: link.ph }, read);
      return json(await withClaim(context, issued, read));
    }
    const session = await context.tokens.verify('session', token);
    if (session.exp * 1000 <= context.options.now()) throw new SettleError('token_expired', 'This session has expired.');
    const read = claimReader(context, session.sub);
    return json(await withClaim(context, await renewSession(context, session, {}, read), read));
  });
}
