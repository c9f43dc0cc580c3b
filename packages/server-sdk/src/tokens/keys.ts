import { importJWK, type CryptoKey, type JWK, type KeyObject, type JWSHeaderParameters } from 'jose';
import { SettleError } from '../errors.js';

/**
 * A key the SDK signs or verifies tokens with. `kid` selects it on verification, which
 * is how keys rotate: put the new key first, keep the old one until its tokens expire.
 */
export type SigningKey = { kid: string; alg: 'HS256'; secret: string | Uint8Array } | { kid: string; alg: 'EdDSA'; privateKey?: JWK | CryptoKey | KeyObject; publicKey: JWK | CryptoKey | KeyObject };

export const PINNED_ALGORITHMS = ['HS256', 'EdDSA'] as const;
type Algorithm = (typeof PINNED_ALGORITHMS)[number];

interface ImportedKey {
  kid: string;
  alg: Algorithm;
  sign: CryptoKey | KeyObject | undefined;
  verify: CryptoKey | KeyObject;
}

const KID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;
/** Headers that point a verifier at keys chosen by the token's author. Never honoured. */
const FORBIDDEN_HEADERS = ['jku', 'x5u', 'jwk', 'x5c', 'x5t', 'x5t#S256'];

async function importHmac(secret: string | Uint8Array): Promise<CryptoKey> {
  const bytes = typeof secret === 'string' ? new TextEncoder().encode(secret) : new Uint8Array(secret);
  if (bytes.byteLength < 32) throw new TypeError('createSettle: an HS256 secret needs at least 32 bytes');
  return crypto.subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
}

async function importEd(key: JWK | CryptoKey | KeyObject): Promise<CryptoKey | KeyObject> {
  if (typeof key === 'object' && key !== null && 'kty' in key) {
    const imported = await importJWK(key as JWK, 'EdDSA');
    if (imported instanceof Uint8Array) throw new TypeError('createSettle: an EdDSA key must be an OKP key');
    return imported;
  }
  return key as CryptoKey | KeyObject;
}

/** The imported key set: one signer, many verifiers looked up by `kid`. */
export class KeyRing {
  private constructor(private readonly keys: readonly ImportedKey[]) {}

  static async create(keys: readonly SigningKey[]): Promise<KeyRing> {
    const seen = new Set<string>();
    const imported = await Promise.all(
      keys.map(async (key): Promise<ImportedKey> => {
        if (!KID_PATTERN.test(key.kid)) throw new TypeError(`createSettle: kid "${key.kid}" must match ${KID_PATTERN}`);
        if (seen.has(key.kid)) throw new TypeError(`createSettle: kid "${key.kid}" is used twice`);
        seen.add(key.kid);
        if (key.alg === 'HS256') {
          const hmac = await importHmac(key.secret);
          return { kid: key.kid, alg: 'HS256', sign: hmac, verify: hmac };
        }
        if (key.alg === 'EdDSA') {
          return {
            kid: key.kid,
            alg: 'EdDSA',
            sign: key.privateKey ? await importEd(key.privateKey) : undefined,
            verify: await importEd(key.publicKey),
          };
        }
        throw new TypeError(`createSettle: algorithm ${(key as { alg: string }).alg} is not supported`);
      }),
    );
    return new KeyRing(imported);
  }

  /** The key new tokens are signed with. */
  get signer(): { kid: string; alg: Algorithm; key: CryptoKey | KeyObject } {
    const first = this.keys[0];
    if (!first?.sign) throw new TypeError('createSettle: the first key must be able to sign (EdDSA needs privateKey)');
    return { kid: first.kid, alg: first.alg, key: first.sign };
  }

  /**
   * Chooses the verification key for a token header. The header's `alg` must equal the
   * key's own, so an HS256 token "signed" with a public EdDSA key is refused.
   */
  verificationKey(header: JWSHeaderParameters): CryptoKey | KeyObject {
    for (const name of FORBIDDEN_HEADERS) {
      if (name in header) throw new SettleError('token_invalid', 'The token is not valid.');
    }
    const kid = header.kid;
    if (typeof kid !== 'string' || !KID_PATTERN.test(kid)) throw new SettleError('token_invalid', 'The token is not valid.');
    const key = this.keys.find((candidate) => candidate.kid === kid);
    if (!key || key.alg !== header.alg) throw new SettleError('token_invalid', 'The token is not valid.');
    return key.verify;
  }

  get algorithms(): Algorithm[] {
    return [...new Set(this.keys.map((key) => key.alg))];
  }
}
