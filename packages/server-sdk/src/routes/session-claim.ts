import type { SessionResponse } from '@settle/protocol';
import { loadClaim } from '../claims.js';
import type { SettleContext } from '../context.js';
import { outcomeOf } from '../outcome/outcome-of.js';

/**
 * The session's answer with the claim it opens, validated like every claim read, and the
 * claim's outcome, so the widget's first screen needs no second round trip. Only for a
 * session that may read the claim (the identity check, when configured, comes first).
 * When the claim cannot be loaded the session stands alone, and GET /claims/:claimId
 * reports the problem as before.
 */
export async function withClaim(context: SettleContext, session: SessionResponse): Promise<SessionResponse> {
  if (session.identityRequired) return session;
  try {
    const claim = await loadClaim(context, session.claimId);
    return { ...session, claim, outcome: await outcomeOf(context, claim) };
  } catch {
    return session;
  }
}
