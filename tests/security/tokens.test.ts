import { ROUTES, TOKEN_TYPES, type TokenKind } from '@settle/protocol';
import { base64url as joseBase64url, exportJWK, generateKeyPair, importJWK, SignJWT, type JWK, type JWTPayload } from 'jose';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  ATTACKER,
  AUDIENCE,
  HS_SECRET,
  ISSUER,
  VICTIM,
  VICTIM_SECRETS,
  base64url,
  expectTypedError,
  get,
  harness,
  methodsOf,
  post,
  routeRequest,
  sessionFor,
  suiteEdKeys,
  type Harness,
} from './support.js';

/**
 * Token attacks from the JWT literature, each against the link exchange (POST /session)
 * and a session-protected route (GET /claims/:claimId). Every forgery gets the same
 * uniform 401, so an attacker learns nothing about which check failed.
 */

type Claims = JWTPayload & Record<string, unknown>;

function linkClaims(nowSeconds: number, overrides: Claims = {}): Claims {
  return { iss: ISSUER, aud: AUDIENCE, sub: VICTIM.id, jti: 'lnk_forged', iat: nowSeconds, exp: nowSeconds + 600, ...overrides };
}

function sessionClaims(nowSeconds: number, overrides: Claims = {}): Claims {
  return {
    iss: ISSUER,
    aud: AUDIENCE,
    sub: VICTIM.id,
    sid: 'ses_forged',
    iat: nowSeconds,
    exp: nowSeconds + 600,
    absExp: nowSeconds + 3600,
    idv: true,
    ...overrides,
  };
}

function claimsFor(kind: TokenKind, nowSeconds: number, overrides: Claims = {}): Claims {
  return kind === 'link' ? linkClaims(nowSeconds, overrides) : sessionClaims(nowSeconds, overrides);
}

/** Signs with the suite's real EdDSA key: a valid signature, so only the other checks can refuse it. */
async function signWithRealKey(header: Record<string, unknown>, claims: Claims): Promise<string> {
  const { privateJwk } = await suiteEdKeys();
  const key = await importJWK(privateJwk, 'EdDSA');
  return new SignJWT(claims).setProtectedHeader({ alg: 'EdDSA', kid: 'ed-1', ...header }).sign(key);
}

async function signHmac(header: Record<string, unknown>, claims: Claims, secret: Uint8Array): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: 'HS256', ...header }).sign(secret);
}

/** Presents a token where its kind is accepted: a link to the exchange, a session to the claim and to renewal. */
async function present(h: Harness, kind: TokenKind, token: string): Promise<Response[]> {
  if (kind === 'link') return [await h.settle.handle(post('/session', { token }))];
  return [await h.settle.handle(get(`/claims/${VICTIM.id}`, token)), await h.settle.handle(post('/session', { token }))];
}

/** Asserts every presentation is refused with the expected code and no victim data. */
async function expectRefused(h: Harness, kind: TokenKind, token: string, code = 'token_invalid'): Promise<void> {
  for (const [index, response] of (await present(h, kind, token)).entries()) {
    const { text } = await expectTypedError(response, [code], `${kind} #${index}`);
    for (const secret of VICTIM_SECRETS) expect(text).not.toContain(secret);
  }
  // A refusal is an expected outcome, not a crash: nothing may reach the error log as "unexpected".
  expect(h.logged.filter((line) => line.includes('unexpected'))).toEqual([]);
}

const KINDS: TokenKind[] = ['link', 'session'];

let h: Harness;
let now: number;
beforeAll(async () => {
  h = await harness();
  now = Math.floor(h.clock.now / 1000);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('token attacks', () => {
  it('accepts the genuine tokens the attacks are variations of (control)', async () => {
    const link = await signWithRealKey({ typ: TOKEN_TYPES.link }, linkClaims(now));
    const exchanged = await h.settle.handle(post('/session', { token: link }));
    expect(exchanged.status).toBe(200);
    const session = await signWithRealKey({ typ: TOKEN_TYPES.session }, sessionClaims(now));
    expect((await h.settle.handle(get(`/claims/${VICTIM.id}`, session))).status).toBe(200);
  });

  for (const kind of KINDS) {
    describe(`${kind} token`, () => {
      it('refuses alg: none (an unsigned token)', async () => {
        for (const alg of ['none', 'None', 'NONE', 'nOnE']) {
          const token = `${base64url({ alg, kid: 'ed-1', typ: TOKEN_TYPES[kind] })}.${base64url(claimsFor(kind, now))}.`;
          await expectRefused(h, kind, token);
        }
      });

      it("refuses an HS256 token keyed with the EdDSA public key's bytes (algorithm confusion)", async () => {
        const { publicJwk } = await suiteEdKeys();
        const publicBytes = [joseBase64url.decode(publicJwk.x as string), new TextEncoder().encode(JSON.stringify(publicJwk)), new TextEncoder().encode(publicJwk.x as string)];
        for (const bytes of publicBytes) {
          const token = await signHmac({ kid: 'ed-1', typ: TOKEN_TYPES[kind] }, claimsFor(kind, now), bytes);
          await expectRefused(h, kind, token);
        }
      });

      it('refuses an EdDSA token presented under the HS256 key id (kid pins the algorithm)', async () => {
        await expectRefused(h, kind, await signWithRealKey({ kid: 'hs-1', typ: TOKEN_TYPES[kind] }, claimsFor(kind, now)));
      });

      it('refuses HS512 signed with the real HMAC secret (algorithm not on the pinned list)', async () => {
        const token = await new SignJWT(claimsFor(kind, now)).setProtectedHeader({ alg: 'HS512', kid: 'hs-1', typ: TOKEN_TYPES[kind] }).sign(new TextEncoder().encode(HS_SECRET));
        await expectRefused(h, kind, token);
      });

      it('refuses RS256 and ES256 tokens from an attacker key (algorithms not on the pinned list)', async () => {
        for (const alg of ['RS256', 'ES256'] as const) {
          const { privateKey } = await generateKeyPair(alg);
          for (const kid of ['ed-1', 'hs-1']) {
            const token = await new SignJWT(claimsFor(kind, now)).setProtectedHeader({ alg, kid, typ: TOKEN_TYPES[kind] }).sign(privateKey);
            await expectRefused(h, kind, token);
          }
        }
      });

      it('refuses a kid carrying path traversal or SQL fragments, without an unexpected error', async () => {
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a Log4Shell-style kid is hostile input, not a template
        const kids = ['../../etc/passwd', '..%2F..%2Fetc%2Fpasswd', "' OR 1=1 --", 'ed-1\u0000', 'ed-1/../hs-1', '${jndi:ldap://x}', 'x'.repeat(1_000)];
        for (const kid of kids) {
          await expectRefused(h, kind, await signWithRealKey({ kid, typ: TOKEN_TYPES[kind] }, claimsFor(kind, now)));
          const hmac = await signHmac({ kid, typ: TOKEN_TYPES[kind] }, claimsFor(kind, now), new TextEncoder().encode(HS_SECRET));
          await expectRefused(h, kind, hmac);
        }
      });

      it('refuses a kid that is not a string, or missing', async () => {
        for (const kid of [1, null, ['ed-1'], { id: 'ed-1' }, undefined]) {
          const header = { alg: 'EdDSA', kid, typ: TOKEN_TYPES[kind] };
          const { privateJwk } = await suiteEdKeys();
          const key = await importJWK(privateJwk, 'EdDSA');
          const token = await new SignJWT(claimsFor(kind, now)).setProtectedHeader(header as never).sign(key);
          await expectRefused(h, kind, token);
        }
      });

      it('refuses jku / x5u / jwk / x5c headers even on a validly signed token, and never fetches them', async () => {
        const fetchSpy = vi.spyOn(globalThis, 'fetch');
        const attacker = await generateKeyPair('EdDSA', { extractable: true });
        const attackerJwk: JWK = await exportJWK(attacker.publicKey);
        const headers: Record<string, unknown>[] = [{ jku: 'https://attacker.example/jwks.json' }, { x5u: 'https://attacker.example/cert.pem' }, { jwk: attackerJwk }, { x5c: ['MIIBattacker'] }];
        for (const extra of headers) {
          await expectRefused(h, kind, await signWithRealKey({ typ: TOKEN_TYPES[kind], ...extra }, claimsFor(kind, now)));
        }
        // The classic embedded-key attack: signed by the attacker, carrying the attacker's public key.
        const embedded = await new SignJWT(claimsFor(kind, now)).setProtectedHeader({ alg: 'EdDSA', kid: 'ed-1', typ: TOKEN_TYPES[kind], jwk: attackerJwk }).sign(attacker.privateKey);
        await expectRefused(h, kind, embedded);
        expect(fetchSpy).not.toHaveBeenCalled();
      });

      it('refuses a token without exp', async () => {
        const { exp: _exp, ...claims } = claimsFor(kind, now);
        await expectRefused(h, kind, await signWithRealKey({ typ: TOKEN_TYPES[kind] }, claims));
      });

      it('refuses an expired token with token_expired', async () => {
        const token = await signWithRealKey({ typ: TOKEN_TYPES[kind] }, claimsFor(kind, now, { iat: now - 3600, exp: now - 60 }));
        await expectRefused(h, kind, token, 'token_expired');
      });

      it('refuses a token whose nbf lies in the future', async () => {
        await expectRefused(h, kind, await signWithRealKey({ typ: TOKEN_TYPES[kind] }, claimsFor(kind, now, { nbf: now + 600 })));
      });

      it('refuses a wrong aud (another creditor, or an array smuggling ours)', async () => {
        for (const aud of ['https://evil.example/settle', `${AUDIENCE}/`, AUDIENCE.toUpperCase()]) {
          await expectRefused(h, kind, await signWithRealKey({ typ: TOKEN_TYPES[kind] }, claimsFor(kind, now, { aud })));
        }
      });

      it('refuses a wrong iss', async () => {
        for (const iss of ['someone-else', `${ISSUER} `, '']) {
          await expectRefused(h, kind, await signWithRealKey({ typ: TOKEN_TYPES[kind] }, claimsFor(kind, now, { iss })));
        }
      });

      it('refuses a missing, generic or other-kind typ (a plain JWT from another system, a link posing as a session)', async () => {
        // Every other kind Settle signs (link, session, offer, and any added later).
        const otherKinds = Object.values(TOKEN_TYPES).filter((typ) => typ !== TOKEN_TYPES[kind]);
        for (const typ of [undefined, 'JWT', 'at+jwt', ...otherKinds]) {
          await expectRefused(h, kind, await signWithRealKey(typ === undefined ? {} : { typ }, claimsFor(kind, now)));
        }
      });

      it('refuses a valid signature over a body with a swapped sub (tampered payload)', async () => {
        const genuine = await signWithRealKey({ typ: TOKEN_TYPES[kind] }, claimsFor(kind, now, { sub: ATTACKER.id }));
        const [header, , signature] = genuine.split('.');
        await expectRefused(h, kind, `${header}.${base64url(claimsFor(kind, now))}.${signature}`);
      });
    });
  }

  it('refuses a link token used as a session on the claim route', async () => {
    const link = await h.settle.createLinkToken({ claimId: VICTIM.id });
    await expectTypedError(await h.settle.handle(get(`/claims/${VICTIM.id}`, link)), ['token_invalid']);
  });

  it('refuses a genuine offer token used as a session or as a link', async () => {
    const session = await sessionFor(h.settle, VICTIM.id);
    const offers = (await (await h.settle.handle(get('/offers', session))).json()) as { offers: { token: string }[] };
    const offerToken = offers.offers[0]?.token ?? '';
    expect(offerToken).toMatch(/^eyJ/);
    await expectTypedError(await h.settle.handle(get(`/claims/${VICTIM.id}`, offerToken)), ['token_invalid']);
    await expectTypedError(await h.settle.handle(post('/session', { token: offerToken })), ['token_invalid']);
  });

  it('refuses a session-typed token carrying only link claims (typ swapped by a key holder mistake)', async () => {
    const token = await signWithRealKey({ typ: TOKEN_TYPES.session }, linkClaims(now));
    await expectTypedError(await h.settle.handle(get(`/claims/${VICTIM.id}`, token)), ['token_invalid']);
    await expectTypedError(await h.settle.handle(post('/session', { token })), ['token_invalid']);
  });

  it('answers every forged token with the same message, so failures cannot be told apart', async () => {
    const tokens = [
      `${base64url({ alg: 'none', kid: 'ed-1', typ: TOKEN_TYPES.link })}.${base64url(linkClaims(now))}.`,
      await signWithRealKey({ typ: TOKEN_TYPES.link }, linkClaims(now, { aud: 'https://evil.example' })),
      await signWithRealKey({ typ: TOKEN_TYPES.link, kid: '../../etc/passwd' }, linkClaims(now)),
      await signWithRealKey({ typ: TOKEN_TYPES.link, jku: 'https://attacker.example/jwks.json' }, linkClaims(now)),
      'not-a-token',
    ];
    const messages = new Set<string>();
    for (const token of tokens) {
      const { body } = await expectTypedError(await h.settle.handle(post('/session', { token })), ['token_invalid']);
      messages.add(body.error.message);
    }
    expect([...messages]).toHaveLength(1);
  });

  it('never writes a token into the log', async () => {
    const local = await harness();
    const link = await local.settle.createLinkToken({ claimId: VICTIM.id });
    const forged = `${base64url({ alg: 'none', typ: TOKEN_TYPES.link })}.${base64url(linkClaims(now))}.`;
    await local.settle.handle(post('/session', { token: forged }));
    await local.settle.handle(get(`/claims/${VICTIM.id}`, link));
    local.claims.set(VICTIM.id, { ...VICTIM, total: { amount: 1, currency: 'EUR' } });
    await local.settle.handle(get(`/claims/${VICTIM.id}`, await sessionFor(local.settle, VICTIM.id)));
    expect(local.logged.length).toBeGreaterThan(0);
    const signatureOf = (token: string) => token.split('.')[2] as string;
    for (const line of local.logged) {
      expect(line).not.toContain(signatureOf(link));
      expect(line).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\.eyJ/);
    }
  });
});

describe("another claim's token on every route", () => {
  /** Routes that take no session: the session exchange, provider webhooks and the sandbox's own authorization. */
  const OPEN_ROUTES = new Set(['session', 'sandboxAuthorize', 'stripeWebhook', 'paypalWebhook', 'sandboxWebhook']);
  const sessionRoutes = Object.entries(ROUTES).filter(([name]) => !OPEN_ROUTES.has(name));

  let victim: Harness;
  let victimPayment: { id: string; reference: string };

  beforeAll(async () => {
    victim = await harness({ providers: { sandbox: true }, identity: { minResponseMs: 0 } });
    const session = await sessionFor(victim.settle, VICTIM.id);
    const created = await victim.settle.handle(post('/payments', { option: 'full', provider: 'sandbox' }, { authorization: `Bearer ${session}`, 'idempotency-key': 'victim-payment-1' }));
    const { payment } = (await created.json()) as { payment: { id: string; client: { reference: string } } };
    victimPayment = { id: payment.id, reference: payment.client.reference };
  });

  /** Fills every path parameter with one of the victim's real resources. */
  function victimPath(pattern: string): string {
    const values: Record<string, string> = { claimId: VICTIM.id, paymentId: victimPayment.id, reference: victimPayment.reference };
    return pattern.replace(/:([A-Za-z]+)/g, (_, name: string) => values[name] ?? `${name}_unknown`);
  }

  it('covers the claim read and every session route the router answers', async () => {
    expect(sessionRoutes.map(([name]) => name)).toContain('claim');
    for (const [name, pattern] of sessionRoutes) expect((await methodsOf(victim.settle, victimPath(pattern))).length, name).toBeGreaterThan(0);
  });

  it("answers the attacker's session on every route and method without any of the victim's data", async () => {
    const attackerSession = await sessionFor(victim.settle, ATTACKER.id);
    const victimData = [...VICTIM_SECRETS, victimPayment.id, victimPayment.reference];
    let probed = 0;
    for (const [name, pattern] of Object.entries(ROUTES)) {
      const path = victimPath(pattern);
      for (const method of await methodsOf(victim.settle, path)) {
        const response = await victim.settle.handle(routeRequest(method, path, attackerSession));
        const text = await response.text();
        expect(response.status, `${method} ${name}: ${text.slice(0, 200)}`).toBeLessThan(500);
        for (const secret of victimData) expect(text, `${method} ${name}`).not.toContain(secret);
        // A path naming one of the victim's resources is refused outright, with nothing to tell it from a missing one.
        if (pattern.includes(':') && !OPEN_ROUTES.has(name)) expect([401, 403, 404], `${method} ${name} answered ${response.status}: ${text}`).toContain(response.status);
        probed += 1;
      }
    }
    expect(probed).toBeGreaterThan(sessionRoutes.length);
  });

  it('refuses a link token, and no token, on every method of every session route', async () => {
    const link = await victim.settle.createLinkToken({ claimId: VICTIM.id });
    for (const [name, pattern] of sessionRoutes) {
      const path = victimPath(pattern);
      for (const method of await methodsOf(victim.settle, path)) {
        for (const token of [link, undefined]) {
          const response = await victim.settle.handle(routeRequest(method, path, token));
          await expectTypedError(response, ['token_invalid', 'token_missing'], `${method} ${name} ${token ? 'link' : 'no token'}`);
        }
      }
    }
  });
});
