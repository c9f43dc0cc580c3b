import type { Claim, Offer, OfferTerms, OfferTokenClaims, SessionTokenClaims, SignedOffer } from '@settle/protocol';
import type { SettleContext } from '../context.js';
import { SettleError } from '../errors.js';

function offerId(): string {
  return `off_${crypto.randomUUID().replaceAll('-', '')}`;
}

/**
 * Signs each offer as a `settle-offer+jwt` bound to the claim, its balance version, the
 * session and a short expiry. The browser only carries the token back; the server reads
 * the offer from the verified token, never from the request.
 */
export async function signOffers(context: SettleContext, session: SessionTokenClaims, claim: Claim, terms: readonly OfferTerms[]): Promise<SignedOffer[]> {
  const iat = Math.floor(context.options.now() / 1000);
  const exp = Math.min(iat + context.options.offerTtlSeconds, session.absExp);
  return Promise.all(
    terms.map(async (offerTerms) => {
      const offer: Offer = { id: offerId(), claimId: claim.id, balanceVersion: claim.balanceVersion, expiresAt: exp * 1000, terms: offerTerms };
      const token = await context.tokens.sign('offer', { sub: claim.id, jti: offer.id, iat, exp, sid: session.sid, offer });
      return { offer, token };
    }),
  );
}

/**
 * Verifies an offer token for this session. Every failure is a 422 the widget can act on:
 * `offer_stale` (expired: fetch fresh offers) or `offer_invalid` (tampered, foreign).
 */
export async function verifyOffer(context: SettleContext, session: SessionTokenClaims, token: string): Promise<Offer> {
  let claims: OfferTokenClaims;
  try {
    claims = await context.tokens.verify('offer', token);
  } catch (error) {
    if (error instanceof SettleError && error.code === 'token_expired') {
      throw new SettleError('offer_stale', 'This offer has expired. Here are fresh ones.', { cause: error });
    }
    throw new SettleError('offer_invalid', 'This offer is not valid.', { cause: error });
  }
  if (claims.exp * 1000 <= context.options.now()) throw new SettleError('offer_stale', 'This offer has expired. Here are fresh ones.');
  if (claims.sub !== session.sub || claims.offer.claimId !== session.sub) throw new SettleError('offer_invalid', 'This offer is for another claim.');
  if (claims.sid !== session.sid) throw new SettleError('offer_invalid', 'This offer was made in another session.');
  if (claims.jti !== claims.offer.id) throw new SettleError('offer_invalid', 'This offer is not valid.');
  return claims.offer;
}
