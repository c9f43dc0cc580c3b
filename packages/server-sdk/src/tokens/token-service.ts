import { decodeProtectedHeader, errors as joseErrors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { LinkTokenClaims, OfferTokenClaims, SessionTokenClaims, TOKEN_TYPES, type TokenKind } from '@settle/protocol';
import { SettleError } from '../errors.js';
import type { KeyRing } from './keys.js';
import { VerifiedTokenCache } from './verified-cache.js';

export interface TokenSettings {
  issuer: string;
  audience: string;
  now: () => number;
}

type ClaimsOf<K extends TokenKind> = { link: LinkTokenClaims; session: SessionTokenClaims; offer: OfferTokenClaims }[K];

const SCHEMAS = { link: LinkTokenClaims, session: SessionTokenClaims, offer: OfferTokenClaims } as const;
const REQUIRED_CLAIMS = ['exp', 'iat', 'sub', 'iss', 'aud'];
/** Small allowance for clocks of several server instances drifting apart. */
const CLOCK_TOLERANCE_SECONDS = 5;

/** Signs and verifies Settle's two token kinds with pinned algorithms and required claims. */
export class TokenService {
  private readonly verified = new VerifiedTokenCache<LinkTokenClaims | SessionTokenClaims | OfferTokenClaims>();

  constructor(
    private readonly keys: KeyRing,
    private readonly settings: TokenSettings,
  ) {}

  async sign(kind: TokenKind, claims: Omit<JWTPayload, 'iss' | 'aud'>): Promise<string> {
    const { kid, alg, key } = this.keys.signer;
    return new SignJWT({ ...claims, iss: this.settings.issuer, aud: this.settings.audience }).setProtectedHeader({ alg, kid, typ: TOKEN_TYPES[kind] }).sign(key);
  }

  /** The kind a token claims to be, read from its header before verification. */
  kindOf(token: string): TokenKind {
    try {
      const { typ } = decodeProtectedHeader(token);
      if (typ === TOKEN_TYPES.link) return 'link';
      if (typ === TOKEN_TYPES.session) return 'session';
    } catch {
      // Falls through to the uniform error below.
    }
    throw new SettleError('token_invalid', 'The token is not valid.');
  }

  async verify<K extends TokenKind>(kind: K, token: string): Promise<ClaimsOf<K>> {
    const cacheKey = `${kind}:${token}`;
    const nowSeconds = Math.floor(this.settings.now() / 1000);
    const cached = this.verified.get(cacheKey, nowSeconds - CLOCK_TOLERANCE_SECONDS);
    if (cached) return cached as ClaimsOf<K>;
    let payload: JWTPayload;
    try {
      const result = await jwtVerify(token, (header) => this.keys.verificationKey(header), {
        algorithms: this.keys.algorithms,
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        typ: TOKEN_TYPES[kind],
        requiredClaims: REQUIRED_CLAIMS,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        currentDate: new Date(this.settings.now()),
      });
      payload = result.payload;
    } catch (error) {
      if (error instanceof SettleError) throw error;
      if (error instanceof joseErrors.JWTExpired) throw new SettleError('token_expired', 'This link or session has expired.', { cause: error });
      throw new SettleError('token_invalid', 'The token is not valid.', { cause: error });
    }
    const parsed = SCHEMAS[kind].safeParse(payload);
    if (!parsed.success) throw new SettleError('token_invalid', 'The token is not valid.');
    this.verified.set(cacheKey, parsed.data);
    return parsed.data as ClaimsOf<K>;
  }
}
