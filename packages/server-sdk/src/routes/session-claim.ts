import type { SessionResponse } from '@settle/protocol';
import { loadClaim } from '../claims.js';
import type { SettleContext } from '../context.js';

/**
 * The session's answer with the claim it opens, validated like every claim read, so the
 * widget's first screen needs no second round trip. Only for a session that may read the
 * claim (the identity check, when configured, comes first). When the claim cannot be
 * loaded the session stands alone, and GET /claims/:claimId reports the problem as before.
 */
export async function withClaim(context: SettleContext, session: SessionResponse): Promise<SessionResponse> {
  if (session.identityRequired) return session;
  try {
    return { ...session, claim: await loadClaim(context, session.claimId) };
  } catch {
    return session;
  }
}
