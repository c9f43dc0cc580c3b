import { describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { SessionResponse } from '@settle/protocol';
import { germanClaim } from '../../../tests/fixtures/claims.js';
import { AUDIENCE, ISSUER, SECRET, get, post, sessionFor, testSettle } from './support.js';

const secretKey = new TextEncoder().encode(SECRET);

async function forge(header: Record<string, unknown>, claims: Record<string, unknown>, key: Uint8Array = secretKey): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: 'HS256', ...header }).sign(key);
}

describe('POST /session', () => {
  it('exchanges a link token for a short-lived session bound to the claim', async () => {
    const { settle, clock } = await testSettle();
    const link = await settle.createLinkToken({ claimId: 'clm_de_1001', locale: 'de' });
    const response = await settle.handle(post('/session', { token: link }));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const session = SessionResponse.parse(await response.json());
    expect(session.claimId).toBe('clm_de_1001');
    expect(session.locale).toBe('de');
    expect(session.expiresAt - clock.now).toBeLessThanOrEqual(15 * 60 * 1000);
    expect(session.expiresAt - clock.now).toBeGreaterThan(14 * 60 * 1000);
    expect(session.absoluteExpiresAt - clock.now).toBeGreaterThan(89 * 60 * 1000);
  });

  it('renews a session but never past its absolute limit', async () => {
    const { settle, clock } = await testSettle();
    let token = await sessionFor(settle, 'clm_de_1001');
    const started = clock.now;
    let last = 0;
    for (let minute = 10; minute <= 80; minute += 10) {
      clock.now = started + minute * 60_000;
      const response = await settle.handle(post('/session', { token }));
      expect(response.status, `renewal at minute ${minute}`).toBe(200);
      const renewed = SessionResponse.parse(await response.json());
      token = renewed.sessionToken;
      last = renewed.expiresAt;
    }
    expect(last - started).toBeLessThanOrEqual(90 * 60_000);
    clock.now = started + 91 * 60_000;
    const expired = await settle.handle(post('/session', { token }));
    expect(expired.status).toBe(401);
    expect(await expired.json()).toMatchObject({ error: { code: 'token_expired' } });
  });

  it('never consumes anything on GET, which email scanners send', async () => {
    const { settle } = await testSettle();
    const response = await settle.handle(get('/session'));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  it('rejects an expired link with token_expired and no session', async () => {
    const { settle, clock } = await testSettle();
    const link = await settle.createLinkToken({ claimId: 'clm_de_1001', expiresIn: 60 });
    clock.now += 120_000;
    const response = await settle.handle(post('/session', { token: link }));
    expect(response.status).toBe(401);
    const body = await response.json();
    expect(body).toEqual({ error: { code: 'token_expired', message: expect.any(String) } });
  });

  it('rejects a tampered link', async () => {
    const { settle } = await testSettle();
    const link = await settle.createLinkToken({ claimId: 'clm_de_1001' });
    const [header, payload, signature] = link.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const tampered = `${header}.${Buffer.from(JSON.stringify({ ...claims, sub: 'clm_us_2002' })).toString('base64url')}.${signature}`;
    const response = await settle.handle(post('/session', { token: tampered }));
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: 'token_invalid' } });
  });

  it('rejects wrong audience, wrong issuer, unknown kid, missing exp and alg none', async () => {
    const { settle } = await testSettle();
    const now = Math.floor(Date.now() / 1000);
    const base = { sub: 'clm_de_1001', jti: 'lnk_x', iat: now, exp: now + 600, iss: ISSUER, aud: AUDIENCE };
    const typ = 'settle-link+jwt';
    const cases: Record<string, string> = {
      'wrong audience': await forge({ kid: 'k1', typ }, { ...base, aud: 'https://evil.example' }),
      'wrong issuer': await forge({ kid: 'k1', typ }, { ...base, iss: 'someone-else' }),
      'unknown kid': await forge({ kid: 'k9', typ }, base),
      'missing exp': await forge({ kid: 'k1', typ }, { ...base, exp: undefined }),
      'alg none': `${Buffer.from(JSON.stringify({ alg: 'none', kid: 'k1', typ })).toString('base64url')}.${Buffer.from(JSON.stringify(base)).toString('base64url')}.`,
      'unknown typ': await forge({ kid: 'k1', typ: 'JWT' }, base),
    };
    for (const [name, token] of Object.entries(cases)) {
      const response = await settle.handle(post('/session', { token }));
      expect(response.status, name).toBe(401);
      expect(await response.json(), name).toMatchObject({ error: { code: 'token_invalid' } });
    }
  });

  it('rejects malformed bodies with a typed 4xx', async () => {
    const { settle } = await testSettle();
    const notJson = new Request('https://pay.acme.example/settle/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    expect((await settle.handle(notJson)).status).toBe(400);
    const wrongType = new Request('https://pay.acme.example/settle/session', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' });
    expect((await settle.handle(wrongType)).status).toBe(415);
    const missing = await settle.handle(post('/session', {}));
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { error: { message: string } }).error.message).toContain('token');
    const huge = await settle.handle(post('/session', { token: 'x'.repeat(20_000) }));
    expect(huge.status).toBe(413);
  });
});

describe('POST /session answers with the claim', () => {
  it('carries the claim a link opens, the same as GET /claims/:claimId answers', async () => {
    const { settle } = await testSettle();
    const link = await settle.createLinkToken({ claimId: 'clm_de_1001' });
    const session = SessionResponse.parse(await (await settle.handle(post('/session', { token: link }))).json());
    expect(session.claim?.id).toBe('clm_de_1001');
    const read = (await (await settle.handle(get('/claims/clm_de_1001', session.sessionToken))).json()) as { claim: unknown };
    expect(session.claim).toEqual(read.claim);
  });

  it('carries the claim as it stands at a renewal (a reload resumes that way), not as it was at the exchange', async () => {
    const { settle, claims } = await testSettle();
    const token = await sessionFor(settle, 'clm_de_1001');
    claims.set('clm_de_1001', germanClaim({ status: 'disputed' }));
    const renewed = SessionResponse.parse(await (await settle.handle(post('/session', { token }))).json());
    expect(renewed.claim?.status).toBe('disputed');
  });

  it('strips what the backend adds beyond the contract, as the claim read does', async () => {
    const { settle, claims } = await testSettle();
    claims.set('clm_de_1001', { ...germanClaim(), internalNote: 'do not show' });
    const link = await settle.createLinkToken({ claimId: 'clm_de_1001' });
    const text = await (await settle.handle(post('/session', { token: link }))).text();
    expect(text).toContain('"claim"');
    expect(text).not.toContain('internalNote');
  });

  it('leaves the claim out, without asking the backend when no resolver brands claims, while the identity check is owed', async () => {
    let reads = 0;
    const { settle } = await testSettle({
      identityCheck: true,
      identity: { fields: ['postalCode'] },
      backend: {
        getClaim: async () => {
          reads++;
          return germanClaim();
        },
        verifyIdentity: async () => true,
      },
    });
    const link = await settle.createLinkToken({ claimId: 'clm_de_1001' });
    const body = (await (await settle.handle(post('/session', { token: link }))).json()) as Record<string, unknown>;
    expect(body.identityRequired).toBe(true);
    expect(body).not.toHaveProperty('claim');
    expect(reads).toBe(0);
  });

  it('still opens the session when the claim cannot be loaded; the claim read reports why', async () => {
    const { settle } = await testSettle({
      backend: {
        getClaim: async () => {
          throw new Error('database down');
        },
      },
    });
    const link = await settle.createLinkToken({ claimId: 'clm_de_1001' });
    const response = await settle.handle(post('/session', { token: link }));
    expect(response.status).toBe(200);
    const session = SessionResponse.parse(await response.json());
    expect(session.claim).toBeUndefined();
    const read = await settle.handle(get('/claims/clm_de_1001', session.sessionToken));
    expect(read.status).toBe(502);
    expect(await read.json()).toMatchObject({ error: { code: 'backend_failed' } });
  });
});
