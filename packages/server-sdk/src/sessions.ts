import type { CollectionPhase, IdentityField, LinkChannel, SessionResponse, SessionTokenClaims } from '@settle/protocol';
import { claimReader, type ClaimReader } from './claim-settings/claim-reader.js';
import { identityOf, tonePerPhaseOf } from './claim-settings/claim-settings.js';
import type { SettleContext } from './context.js';
import { toneForPhase } from './journey/tone-per-phase.js';
import { extendJourney, openJourney, segmentOf } from './reactions/journeys.js';

export interface NewSession {
  claimId: string;
  locale?: string | undefined;
  /** The link token's id, when the session comes from a link. */
  linkId?: string | undefined;
  identityVerified: boolean;
  /** Channel and phase of the link's message, when the session comes from a link that names them. */
  channel?: LinkChannel | undefined;
  phase?: CollectionPhase | undefined;
}

function randomId(prefix: string): string {
  return `${prefix}_${crypto.randomUUID().replaceAll('-', '')}`;
}

/**
 * Issues a fresh session token for one claim. The claim's own identity check and tone
 * (`claimSettings`) are settled here, once: every later check reads the token's `idv`.
 */
export async function issueSession(context: SettleContext, session: NewSession, read: ClaimReader = claimReader(context, session.claimId)): Promise<SessionResponse> {
  const nowSeconds = Math.floor(context.options.now() / 1000);
  // The claim is read only when its settings can change the answer; a failure refuses the session.
  const settings = !session.identityVerified || session.phase ? await read.settings() : {};
  const identity = identityOf(context, settings);
  const { response, claims } = await signSession(context, identity.fields, {
    sub: session.claimId,
    sid: randomId('ses'),
    iat: nowSeconds,
    absExp: nowSeconds + context.options.sessionAbsoluteTtlSeconds,
    idv: session.identityVerified || !identity.check,
    ...(session.linkId ? { lnk: session.linkId } : {}),
    ...(session.locale ? { locale: session.locale } : {}),
    ...(session.channel ? { ch: session.channel } : {}),
    ...(session.phase ? { ph: session.phase } : {}),
    tn: toneForPhase(tonePerPhaseOf(context, settings), context.options.journey.tone, session.phase, await segmentOf(context, session.claimId)),
  });
  await openJourney(context, claims);
  return response;
}

/** Renews a session: same id and limits, a new expiry that never passes the absolute limit. */
export async function renewSession(
  context: SettleContext,
  current: SessionTokenClaims,
  changes: Partial<Pick<SessionTokenClaims, 'idv'>> = {},
  read: ClaimReader = claimReader(context, current.sub),
): Promise<SessionResponse> {
  const { exp: _exp, iss: _iss, aud: _aud, ...kept } = current;
  const idv = changes.idv ?? kept.idv;
  const fields = idv ? [] : identityOf(context, await read.settings()).fields;
  const { response, claims } = await signSession(context, fields, { ...kept, ...changes, iat: Math.floor(context.options.now() / 1000) });
  await extendJourney(context, claims);
  return response;
}

type UnsignedSession = Omit<SessionTokenClaims, 'exp' | 'iss' | 'aud'>;

/** `identityFields`: what the debtor is asked while the session still owes the identity check. */
async function signSession(context: SettleContext, identityFields: readonly IdentityField[], unsigned: UnsignedSession): Promise<{ response: SessionResponse; claims: SessionTokenClaims }> {
  const exp = Math.min(unsigned.iat + context.options.sessionTtlSeconds, unsigned.absExp);
  const claims: SessionTokenClaims = { ...unsigned, exp, iss: context.options.issuer, aud: context.options.audience };
  const sessionToken = await context.tokens.sign('session', { ...unsigned, exp });
  const response: SessionResponse = {
    sessionToken,
    claimId: claims.sub,
    expiresAt: exp * 1000,
    absoluteExpiresAt: claims.absExp * 1000,
    identityRequired: !claims.idv,
    ...(claims.idv ? {} : { identityFields: [...identityFields] }),
    ...(claims.locale ? { locale: claims.locale } : {}),
    ...(claims.tn ? { tone: claims.tn } : {}),
  };
  return { response, claims };
}
