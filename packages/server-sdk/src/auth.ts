import type { SessionTokenClaims } from '@settle/protocol';
import type { SettleContext } from './context.js';
import { SettleError } from './errors.js';
import type { IncomingRequest } from './http/incoming.js';

/** Verifies the `Authorization: Bearer` session token of a request. */
export async function authenticate(request: IncomingRequest, context: SettleContext): Promise<SessionTokenClaims> {
  const header = request.headers.get('authorization');
  const match = header ? /^Bearer ([A-Za-z0-9._~+/=-]{1,4096})$/.exec(header) : null;
  if (!match?.[1]) throw new SettleError('token_missing', 'Send the session token as "Authorization: Bearer <token>".');
  return context.tokens.verify('session', match[1]);
}

/**
 * Refuses a session on a claim it was not issued for, and a session that still owes
 * the identity check, before any claim data is read. The session's `idv` carries the
 * claim's own rule (see issueSession), so the instance-wide option is not read here.
 */
export function requireClaimAccess(session: SessionTokenClaims, claimId: string): void {
  if (session.sub !== claimId) throw new SettleError('token_wrong_claim', 'This session belongs to another claim.');
  if (!session.idv) {
    throw new SettleError('identity_required', 'Please confirm who you are first.');
  }
}
