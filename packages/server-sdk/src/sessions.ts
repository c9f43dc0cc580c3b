import type { CollectionPhase, LinkChannel, SessionResponse, SessionTokenClaims } from '@settle/protocol';
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

/** Issues a fresh session token for one claim. */
export async function issueSession(context: SettleContext, session: NewSession): Promise<SessionResponse> {
  const nowSeconds = Math.floor(context.options.now() / 1000);
  const { response, claims } = await signSession(context, {
    sub: session.claimId,
    sid: randomId('ses'),
    iat: nowSeconds,
    absExp: nowSeconds + context.options.sessionAbsoluteTtlSeconds,
    idv: session.identityVerified || !context.options.identityCheck,
    ...(session.linkId ? { lnk: session.linkId } : {}),
    ...(session.locale ? { locale: session.locale } : {}),
    ...(session.channel ? { ch: session.channel } : {}),
    ...(session.phase ? { ph: session.phase } : {}),
    tn: toneForPhase(context.options.tonePerPhase, context.options.journey.tone, session.phase, await segmentOf(context, session.claimId)),
  });
  await openJourney(context, claims);
  return response;
}

/** Renews a session: same id and limits, a new expiry that never passes the absolute limit. */
export async function renewSession(context: SettleContext, current: SessionTokenClaims, changes: Partial<Pick<SessionTokenClaims, 'idv'>> = {}): Promise<SessionResponse> {
  const { exp: _exp, iss: _iss, aud: _aud, ...kept } = current;
  const { response, claims } = await signSession(context, { ...kept, ...changes, iat: Math.floor(context.options.now() / 1000) });
  await extendJourney(context, claims);
  return response;
}

type UnsignedSession = Omit<SessionTokenClaims, 'exp' | 'iss' | 'aud'>;

async function signSession(context: SettleContext, unsigned: UnsignedSession): Promise<{ response: SessionResponse; claims: SessionTokenClaims }> {
  const exp = Math.min(unsigned.iat + context.options.sessionTtlSeconds, unsigned.absExp);
  const claims: SessionTokenClaims = { ...unsigned, exp, iss: context.options.issuer, aud: context.options.audience };
  const sessionToken = await context.tokens.sign('session', { ...unsigned, exp });
  const response: SessionResponse = {
    sessionToken,
    claimId: claims.sub,
    expiresAt: exp * 1000,
    absoluteExpiresAt: claims.absExp * 1000,
    identityRequired: !claims.idv,
    ...(claims.idv ? {} : { identityFields: [...context.options.identity.fields] }),
    ...(claims.locale ? { locale: claims.locale } : {}),
    ...(claims.tn ? { tone: claims.tn } : {}),
  };
  return { response, claims };
}
