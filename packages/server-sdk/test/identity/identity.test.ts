import { afterEach, describe, expect, it, vi } from 'vitest';
import { SessionResponse, type IdentityAnswers } from '@settle/protocol';
import { createSettle, type Settle } from '../../src/index.js';
import { germanClaim } from '../../../../tests/fixtures/claims.js';
import { AUDIENCE, ISSUER, SECRET, get, post } from '../support.js';

const RIGHT = { dateOfBirth: '1980-02-29', postalCode: '10115' };
const SUPPORT = { phone: '+49 30 1234567', email: 'hilfe@stadtwerke.example', chatUrl: 'https://stadtwerke.example/chat' };

async function identitySettle(options: { verify?: (answers: IdentityAnswers) => Promise<boolean>; minResponseMs?: number; timeoutMs?: number } = {}) {
  const calls: IdentityAnswers[] = [];
  const logged: string[] = [];
  const settle = await createSettle({
    keys: [{ kid: 'k1', alg: 'HS256', secret: SECRET }],
    issuer: ISSUER,
    audience: AUDIENCE,
    basePath: '/settle',
    identityCheck: true,
    identity: { fields: ['dateOfBirth', 'postalCode'], minResponseMs: options.minResponseMs ?? 0, timeoutMs: options.timeoutMs ?? 1000 },
    support: SUPPORT,
    backend: {
      getClaim: async (id) => (id === 'clm_de_1001' ? germanClaim() : null),
      verifyIdentity: async (_claimId, answers) => {
        calls.push(answers);
        if (options.verify) return options.verify(answers);
        // Compares every field, as the docs ask creditors to.
        const dob = answers.dateOfBirth === RIGHT.dateOfBirth;
        const zip = answers.postalCode === RIGHT.postalCode;
        return dob && zip;
      },
    },
    logger: { warn: (message, context) => logged.push(message + JSON.stringify(context ?? {})), error: (message, context) => logged.push(message + JSON.stringify(context ?? {})) },
  });
  return { settle, calls, logged };
}

async function linkSession(settle: Settle): Promise<SessionResponse> {
  const link = await settle.createLinkToken({ claimId: 'clm_de_1001' });
  const response = await settle.handle(post('/session', { token: link }));
  return SessionResponse.parse(await response.json());
}

function answer(token: string, answers: Record<string, string>): Request {
  return post('/identity', { answers }, { authorization: `Bearer ${token}` });
}

describe('identity check', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('tells the widget the check is required and which fields it asks, and refuses the claim until passed', async () => {
    const { settle } = await identitySettle();
    const session = await linkSession(settle);
    expect(session.identityRequired).toBe(true);
    expect(session.identityFields).toEqual(['dateOfBirth', 'postalCode']);
    const claim = await settle.handle(get('/claims/clm_de_1001', session.sessionToken));
    expect(claim.status).toBe(403);
    expect(await claim.json()).toMatchObject({ error: { code: 'identity_required' } });
  });

  it('renews the session with the check passed when the answers match, and the claim opens', async () => {
    const { settle, calls } = await identitySettle();
    const session = await linkSession(settle);
    const response = await settle.handle(answer(session.sessionToken, RIGHT));
    expect(response.status).toBe(200);
    const renewed = SessionResponse.parse(await response.json());
    expect(renewed.identityRequired).toBe(false);
    expect(renewed.identityFields).toBeUndefined();
    expect(renewed.absoluteExpiresAt).toBe(session.absoluteExpiresAt);
    expect(calls).toEqual([RIGHT]);
    const claim = await settle.handle(get('/claims/clm_de_1001', renewed.sessionToken));
    expect(claim.status).toBe(200);
  });

  it('answers a wrong date of birth exactly like a wrong postcode', async () => {
    const { settle } = await identitySettle();
    const session = await linkSession(settle);
    const wrongDob = await settle.handle(answer(session.sessionToken, { ...RIGHT, dateOfBirth: '1981-01-01' }));
    const wrongZip = await settle.handle(answer(session.sessionToken, { ...RIGHT, postalCode: '99999' }));
    const wrongBoth = await settle.handle(answer(session.sessionToken, { dateOfBirth: '1981-01-01', postalCode: '99999' }));
    const bodies = await Promise.all([wrongDob, wrongZip, wrongBoth].map((response) => response.text()));
    expect([wrongDob.status, wrongZip.status, wrongBoth.status]).toEqual([403, 403, 403]);
    expect(JSON.parse(bodies[0] as string)).toMatchObject({ error: { code: 'identity_failed' } });
    expect(new Set(bodies).size).toBe(1);
  });

  it('passes only the configured fields to the backend and wants every one of them', async () => {
    const { settle, calls } = await identitySettle();
    const session = await linkSession(settle);
    const missing = await settle.handle(answer(session.sessionToken, { dateOfBirth: RIGHT.dateOfBirth }));
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { error: { message: string } }).error.message).toContain('postalCode');
    expect(calls).toHaveLength(0);
  });

  it('locks the link after 5 wrong answers with a human route, even for the right answer afterwards', async () => {
    const { settle, calls } = await identitySettle();
    const session = await linkSession(settle);
    const codes: string[] = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const response = await settle.handle(answer(session.sessionToken, { ...RIGHT, dateOfBirth: `1970-01-0${attempt + 1}` }));
      codes.push(((await response.json()) as { error: { code: string } }).error.code);
    }
    expect(codes).toEqual(['identity_failed', 'identity_failed', 'identity_failed', 'identity_failed', 'identity_locked']);
    const afterLock = await settle.handle(answer(session.sessionToken, RIGHT));
    expect(afterLock.status).toBe(429);
    expect(await afterLock.json()).toEqual({
      error: { code: 'identity_locked', message: expect.any(String), humanRoute: { phone: SUPPORT.phone, email: SUPPORT.email, url: SUPPORT.chatUrl } },
    });
    expect(calls).toHaveLength(5);
  });

  it('offers the creditor’s own phone and email after a lock when no support channels are configured', async () => {
    const settle = await createSettle({
      keys: [{ kid: 'k1', alg: 'HS256', secret: SECRET }],
      issuer: ISSUER,
      audience: AUDIENCE,
      basePath: '/settle',
      identityCheck: true,
      identity: { minResponseMs: 0, maxFailuresPerLink: 1 },
      backend: { getClaim: async () => germanClaim(), verifyIdentity: async () => false },
    });
    const session = await linkSession(settle);
    const response = await settle.handle(answer(session.sessionToken, { dateOfBirth: '1970-01-01' }));
    expect(await response.json()).toMatchObject({ error: { code: 'identity_locked', humanRoute: { phone: '+49 30 1234567', email: 'service@stadtwerke.example' } } });
  });

  it('keeps the lock on the link for a new session from the same link', async () => {
    const { settle } = await identitySettle();
    const link = await settle.createLinkToken({ claimId: 'clm_de_1001' });
    const first = SessionResponse.parse(await (await settle.handle(post('/session', { token: link }))).json());
    for (let attempt = 0; attempt < 5; attempt += 1) await settle.handle(answer(first.sessionToken, { ...RIGHT, postalCode: `0000${attempt}` }));
    const second = SessionResponse.parse(await (await settle.handle(post('/session', { token: link }))).json());
    const response = await settle.handle(answer(second.sessionToken, RIGHT));
    expect(response.status).toBe(429);
  });

  it('allows at most 10 wrong answers per claim across links within 24 hours', async () => {
    const { settle, calls } = await identitySettle();
    for (let link = 0; link < 3; link += 1) {
      const session = await linkSession(settle);
      for (let attempt = 0; attempt < 4 && calls.length < 10; attempt += 1) {
        await settle.handle(answer(session.sessionToken, { ...RIGHT, postalCode: `1${link}${attempt}00` }));
      }
    }
    expect(calls).toHaveLength(10);
    const fresh = await linkSession(settle);
    const response = await settle.handle(answer(fresh.sessionToken, RIGHT));
    expect(response.status).toBe(429);
    expect(await response.json()).toMatchObject({ error: { code: 'identity_locked' } });
    expect(calls).toHaveLength(10);
  });

  it('lets none of 20 parallel wrong guesses through and asks the backend at most 5 times', async () => {
    const { settle, calls } = await identitySettle({
      verify: async (answers) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        return answers.dateOfBirth === RIGHT.dateOfBirth && answers.postalCode === RIGHT.postalCode;
      },
    });
    const session = await linkSession(settle);
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) => settle.handle(answer(session.sessionToken, { ...RIGHT, dateOfBirth: `1960-01-${String(index + 1).padStart(2, '0')}` }))),
    );
    expect(responses.filter((response) => response.status === 200)).toHaveLength(0);
    expect(calls.length).toBeLessThanOrEqual(5);
    expect(responses.filter((response) => response.status === 429).length).toBeGreaterThanOrEqual(15);
    const afterwards = await settle.handle(answer(session.sessionToken, RIGHT));
    expect(afterwards.status).toBe(429);
  });

  it('turns a throwing verifyIdentity into a 502 that does not use up an attempt or leak the error', async () => {
    let down = true;
    const { settle, logged } = await identitySettle({
      verify: async (answers) => {
        if (down) throw new Error('connection refused: postgres://admin:hunter2@db');
        return answers.dateOfBirth === RIGHT.dateOfBirth && answers.postalCode === RIGHT.postalCode;
      },
    });
    const session = await linkSession(settle);
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const response = await settle.handle(answer(session.sessionToken, RIGHT));
      expect(response.status).toBe(502);
      const text = await response.text();
      expect(text).toContain('backend_failed');
      expect(text).not.toContain('hunter2');
    }
    down = false;
    expect((await settle.handle(answer(session.sessionToken, RIGHT))).status).toBe(200);
    expect(logged.join('\n')).not.toContain(session.sessionToken);
    expect(logged.join('\n')).not.toContain(RIGHT.dateOfBirth);
  });

  it('stops waiting for a hanging verifyIdentity after its timeout', async () => {
    const { settle } = await identitySettle({ verify: () => new Promise<boolean>(() => {}), timeoutMs: 20 });
    const session = await linkSession(settle);
    const response = await settle.handle(answer(session.sessionToken, RIGHT));
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({ error: { code: 'backend_failed' } });
  });

  it('holds every answer, right or wrong, until the minimum answer time has passed', async () => {
    const { settle } = await identitySettle({ minResponseMs: 400 });
    const session = await linkSession(settle);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    for (const answers of [{ ...RIGHT, postalCode: '00000' }, RIGHT]) {
      let settled = false;
      const pending = settle.handle(answer(session.sessionToken, answers)).then((response) => {
        settled = true;
        return response;
      });
      await vi.advanceTimersByTimeAsync(399);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      // The clock stays at 400 ms; on a busy machine the real async work (token and store)
      // may still be running, so let it finish without moving the fake clock any further.
      while (!settled) {
        await new Promise((resolve) => setImmediate(resolve));
        await vi.advanceTimersByTimeAsync(0);
      }
      expect(settled).toBe(true);
      expect([403, 200]).toContain((await pending).status);
    }
  });

  it('is skipped for portal sessions the creditor already verified, and refuses a setup without verifyIdentity', async () => {
    const { settle, calls } = await identitySettle();
    const portal = await settle.createSessionToken({ claimId: 'clm_de_1001' });
    expect((await settle.handle(get('/claims/clm_de_1001', portal))).status).toBe(200);
    const renewed = await settle.handle(answer(portal, { dateOfBirth: '1999-09-09', postalCode: '00000' }));
    expect(renewed.status).toBe(200);
    expect(calls).toHaveLength(0);
    await expect(
      createSettle({ keys: [{ kid: 'k1', alg: 'HS256', secret: SECRET }], issuer: ISSUER, audience: AUDIENCE, identityCheck: true, backend: { getClaim: async () => null } }),
    ).rejects.toThrow(/verifyIdentity/);
  });
});
