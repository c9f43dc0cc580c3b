import type { SessionResponse } from '@settle/protocol';
import type { ClaimReader } from '../claim-settings/claim-reader.js';
import { presentationOf } from '../claim-settings/claim-settings.js';
import type { SettleContext } from '../context.js';
import { outcomeOf } from '../outcome/outcome-of.js';

/**
 * The session's answer with the claim's presentation and, for a session that may read the
 * claim (the identity check, when configured, comes first), the claim validated like every
 * claim read and its outcome, so the widget's first screen needs no second round trip.
 * When the claim cannot be loaded the session stands alone, and GET /claims/:claimId
 * reports the problem as before. `read` is the reader the session was issued with, so what
 * that step read is not read again.
 */
export async function withClaim(context: SettleContext, session: SessionResponse, read: ClaimReader): Promise<SessionResponse> {
  try {
    if (session.identityRequired) {
      // Brand only before the identity check (the link's email carried it already); the
      // claim is read for it only when a resolver picks the brand per claim.
      return { ...session, presentation: presentationOf(context, await read.settings()) };
    }
    const claim = await read.claim();
    const presentation = presentationOf(context, await read.settings());
    return { ...session, presentation, claim, outcome: await outcomeOf(context, claim, read.settings()) };
  } catch {
    return session;
  }
}
