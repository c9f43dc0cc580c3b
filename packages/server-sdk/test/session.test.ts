import { describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { SessionResponse } from '@settle/protocol';
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
