import { describe, expect, it } from 'vitest';
import { ClaimResponse } from '@settle/protocol';
import { createSettle, type ClaimInput } from '../src/index.js';
import { germanClaim } from '../../../tests/fixtures/claims.js';
import { AUDIENCE, ISSUER, get, post, sessionFor, testSettle } from './support.js';

describe('GET /claims/:id', () => {
  it('returns the validated claim to the session bound to it', async () => {
    const { settle } = await testSettle();
    const token = await sessionFor(settle, 'clm_de_1001');
    const response = await settle.handle(get('/claims/clm_de_1001', token));
    expect(response.status).toBe(200);
    const { claim } = ClaimResponse.parse(await response.json());
    expect(claim.total).toEqual({ amount: 12837, currency: 'EUR' });
    expect(claim.lines).toHaveLength(4);
  });

  it("refuses another claim's session with 403 and no claim data", async () => {
    const { settle } = await testSettle();
    const token = await sessionFor(settle, 'clm_us_2002');
    const response = await settle.handle(get('/claims/clm_de_1001', token));
    expect(response.status).toBe(403);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ error: { code: 'token_wrong_claim' } });
    expect(text).not.toContain('Stadtwerke');
  });

  it('refuses a link token used as a session (wrong type)', async () => {
    const { settle } = await testSettle();
    const link = await settle.createLinkToken({ claimId: 'clm_de_1001' });
    const response = await settle.handle(get('/claims/clm_de_1001', link));
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: 'token_invalid' } });
  });

  it('refuses a missing token and an expired session', async () => {
    const { settle, clock } = await testSettle();
    expect((await settle.handle(get('/claims/clm_de_1001'))).status).toBe(401);
    const token = await sessionFor(settle, 'clm_de_1001');
    clock.now += 16 * 60_000;
    const response = await settle.handle(get('/claims/clm_de_1001', token));
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: 'token_expired' } });
  });

  it('refuses a token from another audience even with the same key', async () => {
    const { settle } = await testSettle();
    const { settle: other } = await testSettle({ audience: 'https://other.example/settle' });
    const foreign = await other.createSessionToken({ claimId: 'clm_de_1001' });
    expect((await settle.handle(get('/claims/clm_de_1001', foreign))).status).toBe(401);
  });

  it('rejects a malformed claim from the backend with an error that names the field', async () => {
    const { settle, claims } = await testSettle();
    claims.set('clm_de_1001', { ...germanClaim(), total: { amount: 1, currency: 'EUR' } });
    const token = await sessionFor(settle, 'clm_de_1001');
    const response = await settle.handle(get('/claims/clm_de_1001', token));
    expect(response.status).toBe(502);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('backend_invalid_claim');
    expect(body.error.message).toContain('total.amount');
  });

  it('re-validates a claim the backend changed in place since the last read', async () => {
    const claim = germanClaim();
    const { settle } = await testSettle({ backend: { getClaim: async () => claim } });
    const token = await settle.createSessionToken({ claimId: 'clm_de_1001' });
    expect((await settle.handle(get('/claims/clm_de_1001', token))).status).toBe(200);
    claim.total.amount = 1;
    const broken = await settle.handle(get('/claims/clm_de_1001', token));
    expect(broken.status).toBe(502);
    expect(((await broken.json()) as { error: { message: string } }).error.message).toContain('total.amount');
    claim.total.amount = 12837;
    claim.lines[0]!.label = 'Stromrechnung August 2026';
    const changed = ClaimResponse.parse(await (await settle.handle(get('/claims/clm_de_1001', token))).json());
    expect(changed.claim.lines[0]!.label).toBe('Stromrechnung August 2026');
  });

  it('validates a claim that serialises like a valid one but is not plain data', async () => {
    let dueDate: unknown = '2026-12-07';
    const { settle } = await testSettle({ backend: { getClaim: async () => ({ ...germanClaim(), dueDate }) as ClaimInput } });
    const token = await settle.createSessionToken({ claimId: 'clm_de_1001' });
    expect((await settle.handle(get('/claims/clm_de_1001', token))).status).toBe(200);
    dueDate = { toJSON: () => '2026-12-07' };
    expect((await settle.handle(get('/claims/clm_de_1001', token))).status).toBe(502);
    dueDate = new Date('2026-12-07');
    expect((await settle.handle(get('/claims/clm_de_1001', token))).status).toBe(502);
  });

  it('turns a throwing backend into a 502 without leaking the exception', async () => {
    const { settle } = await testSettle({
      backend: {
        getClaim: async () => {
          throw new Error('db password=hunter2 refused');
        },
      },
    });
    const token = await settle.createSessionToken({ claimId: 'clm_de_1001' });
    const response = await settle.handle(get('/claims/clm_de_1001', token));
    expect(response.status).toBe(502);
    expect(await response.text()).not.toContain('hunter2');
  });

  it('answers 404 for an unknown claim and for an unknown route', async () => {
    const { settle } = await testSettle();
    const token = await settle.createSessionToken({ claimId: 'clm_missing' });
    expect((await settle.handle(get('/claims/clm_missing', token))).status).toBe(404);
    expect((await settle.handle(get('/nothing-here'))).status).toBe(404);
    expect((await settle.handle(new Request('https://pay.acme.example/elsewhere/session'))).status).toBe(404);
  });

  it('verifies tokens signed with a rotated-out key that is still listed, and EdDSA keys', async () => {
    const { generateKeyPair } = await import('jose');
    const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const backend = { getClaim: async () => germanClaim() };
    const old = await createSettle({ keys: [{ kid: 'old', alg: 'EdDSA', privateKey, publicKey }], issuer: ISSUER, audience: AUDIENCE, backend });
    const rotated = await createSettle({
      keys: [
        { kid: 'new', alg: 'HS256', secret: 'a-brand-new-secret-of-at-least-32-bytes' },
        { kid: 'old', alg: 'EdDSA', publicKey },
      ],
      issuer: ISSUER,
      audience: AUDIENCE,
      backend,
    });
    const oldLink = await old.createLinkToken({ claimId: 'clm_de_1001' });
    const response = await rotated.handle(new Request('https://x.example/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: oldLink }) }));
    expect(response.status).toBe(200);
  });
});

describe('CORS', () => {
  it('answers preflight only for listed origins', async () => {
    const { settle } = await testSettle({ allowedOrigins: ['https://portal.acme.example'] });
    const preflight = (origin: string) => settle.handle(new Request('https://pay.acme.example/settle/session', { method: 'OPTIONS', headers: { origin } }));
    const allowed = await preflight('https://portal.acme.example');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://portal.acme.example');
    expect((await preflight('https://evil.example')).status).toBe(403);
    const link = await settle.createLinkToken({ claimId: 'clm_de_1001' });
    const response = await settle.handle(post('/session', { token: link }, { origin: 'https://evil.example' }));
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});
