import { SessionResponse, type Claim, type CollectionPhase, type IdentityAnswers } from '@settle/protocol';
import { describe, expect, it } from 'vitest';
import { germanClaim } from '../../../../tests/fixtures/claims.js';
import type { ClaimSettings, SettleOptions } from '../../src/index.js';
import { get, post, testSettle } from '../support.js';

/** Two tenants side by side on one instance: an agency's claim and a creditor collecting directly. */
const AGENCY = 'clm_de_1001';
const DIRECT = 'clm_direct_3003';

async function tenantSettle(byClaim: Record<string, unknown>, overrides: Partial<SettleOptions> = {}, verify = true) {
  const claims = new Map<string, Claim>([
    [AGENCY, germanClaim()],
    [DIRECT, germanClaim({ id: DIRECT, accountReference: 'SW-2026-3003' })],
  ]);
  const asked: IdentityAnswers[] = [];
  const { settle, logged } = await testSettle({
    identity: { minResponseMs: 0 },
    claimSettings: (claim) => (byClaim[claim.id] ?? {}) as ClaimSettings,
    backend: {
      getClaim: async (id) => claims.get(id) ?? null,
      ...(verify
        ? {
            verifyIdentity: async (_id: string, answers: IdentityAnswers) => {
              asked.push(answers);
              return answers.postalCode === '10115' || answers.dateOfBirth === '1980-02-29';
            },
          }
        : {}),
    },
    ...overrides,
  });
  const open = async (claimId: string, phase?: CollectionPhase) => {
    const link = await settle.createLinkToken({ claimId, ...(phase ? { phase } : {}) });
    return settle.handle(post('/session', { token: link }));
  };
  const session = async (claimId: string, phase?: CollectionPhase) => SessionResponse.parse(await (await open(claimId, phase)).json());
  const answer = (token: string, answers: IdentityAnswers) => settle.handle(post('/identity', { answers }, { authorization: `Bearer ${token}` }));
  const readClaim = (claimId: string, token: string) => settle.handle(get(`/claims/${claimId}`, token));
  return { settle, logged, asked, open, session, answer, readClaim };
}

const codeOf = async (response: Response) => ((await response.json()) as { error: { code: string } }).error.code;

describe('claimSettings: the identity check per claim', () => {
  it('asks only the claim whose settings turn the check on, although the instance-wide check is off', async () => {
    const tenants = await tenantSettle({ [AGENCY]: { identity: { check: true, fields: ['postalCode'] } } });
    const asking = await tenants.session(AGENCY);
    const open = await tenants.session(DIRECT);

    expect(asking.identityRequired).toBe(true);
    expect(asking.identityFields).toEqual(['postalCode']);
    expect(asking.claim).toBeUndefined();
    expect(open.identityRequired).toBe(false);
    expect(open.identityFields).toBeUndefined();
    expect(open.claim?.id).toBe(DIRECT);

    const refused = await tenants.readClaim(AGENCY, asking.sessionToken);
    expect(refused.status).toBe(403);
    expect(await codeOf(refused)).toBe('identity_required');
    expect((await tenants.readClaim(DIRECT, open.sessionToken)).status).toBe(200);
  });

  it('checks the claim’s own fields on POST /identity, and only a match unlocks the claim', async () => {
    const tenants = await tenantSettle({ [AGENCY]: { identity: { check: true, fields: ['postalCode'] } } });
    const { sessionToken } = await tenants.session(AGENCY);

    const missing = await tenants.answer(sessionToken, { dateOfBirth: '1980-02-29' });
    expect(missing.status).toBe(400);
    const wrong = await tenants.answer(sessionToken, { postalCode: '99999' });
    expect(await codeOf(wrong)).toBe('identity_failed');
    const right = SessionResponse.parse(await (await tenants.answer(sessionToken, { postalCode: '10115', dateOfBirth: '2000-01-01' })).json());

    expect(right.identityRequired).toBe(false);
    expect(tenants.asked).toEqual([{ postalCode: '99999' }, { postalCode: '10115' }]);
    expect((await tenants.readClaim(AGENCY, right.sessionToken)).status).toBe(200);
  });

  it('keeps asking the claim’s own fields when an unverified session is renewed', async () => {
    const tenants = await tenantSettle({ [AGENCY]: { identity: { check: true, fields: ['postalCode'] } } });
    const { sessionToken } = await tenants.session(AGENCY);
    const renewed = SessionResponse.parse(await (await tenants.settle.handle(post('/session', { token: sessionToken }))).json());

    expect(renewed.identityRequired).toBe(true);
    expect(renewed.identityFields).toEqual(['postalCode']);
    expect((await tenants.readClaim(AGENCY, renewed.sessionToken)).status).toBe(403);
  });

  it('does not ask on the claim whose settings turn the check off, while its sibling keeps the instance-wide check', async () => {
    const tenants = await tenantSettle({ [DIRECT]: { identity: { check: false } } }, { identityCheck: true, identity: { fields: ['dateOfBirth'], minResponseMs: 0 } });
    const asking = await tenants.session(AGENCY);
    const open = await tenants.session(DIRECT);

    expect(asking.identityRequired).toBe(true);
    expect(asking.identityFields).toEqual(['dateOfBirth']);
    expect(await codeOf(await tenants.readClaim(AGENCY, asking.sessionToken))).toBe('identity_required');
    expect(open.identityRequired).toBe(false);
    expect((await tenants.readClaim(DIRECT, open.sessionToken)).status).toBe(200);
    // The identity route asks the creditor nothing for it either.
    expect((await tenants.answer(open.sessionToken, {})).status).toBe(200);
    expect(tenants.asked).toEqual([]);
  });

  it('asks the default date of birth when a claim turns the check on without fields, not the instance’s fields', async () => {
    const tenants = await tenantSettle({ [AGENCY]: { identity: { check: true } } }, { identity: { fields: ['postalCode'], minResponseMs: 0 } });
    expect((await tenants.session(AGENCY)).identityFields).toEqual(['dateOfBirth']);
  });

  it('answers a typed 502 when a claim asks for the check and there is no verifyIdentity, and the claim stays closed', async () => {
    const tenants = await tenantSettle({ [AGENCY]: { identity: { check: true } } }, {}, false);
    const { sessionToken } = await tenants.session(AGENCY);
    const answered = await tenants.answer(sessionToken, { dateOfBirth: '1980-02-29' });

    expect(answered.status).toBe(502);
    expect(await codeOf(answered)).toBe('backend_failed');
    expect(tenants.logged.some((line) => line.includes('verifyIdentity'))).toBe(true);
    expect(await codeOf(await tenants.readClaim(AGENCY, sessionToken))).toBe('identity_required');
  });

  it.each([
    ['no fields', { identity: { check: true, fields: [] } }],
    ['an unknown field', { identity: { check: true, fields: ['passportNumber'] } }],
    ['no check', { identity: { fields: ['postalCode'] } }],
  ])('refuses a session with the typed 502 when a claim’s identity names %s', async (_name, settings) => {
    const tenants = await tenantSettle({ [AGENCY]: settings });
    const response = await tenants.open(AGENCY);
    expect(response.status).toBe(502);
    expect(await codeOf(response)).toBe('backend_failed');
  });
});

describe('claimSettings: the tone per phase per claim', () => {
  const instanceTones = { tonePerPhase: { byPhase: { final_notice: 'formal', second_reminder: 'easy' } } } satisfies Partial<SettleOptions>;

  it('gives a claim its own tone for a phase, while its sibling keeps the instance-wide tone', async () => {
    const tenants = await tenantSettle({ [AGENCY]: { tonePerPhase: { byPhase: { final_notice: 'empathetic' } } } }, instanceTones);
    expect((await tenants.session(AGENCY, 'final_notice')).tone).toBe('empathetic');
    expect((await tenants.session(DIRECT, 'final_notice')).tone).toBe('formal');
  });

  it('replaces the instance-wide rules whole: a phase the claim names nothing for keeps journey.tone', async () => {
    const tenants = await tenantSettle({ [AGENCY]: { tonePerPhase: { byPhase: { final_notice: 'empathetic' } } } }, { ...instanceTones, journey: { tone: 'neutral' } });
    expect((await tenants.session(AGENCY, 'second_reminder')).tone).toBe('neutral');
    expect((await tenants.session(DIRECT, 'second_reminder')).tone).toBe('easy');
  });

  it('refuses a session with the typed 502 when a claim’s tonePerPhase names an unknown tone', async () => {
    const tenants = await tenantSettle({ [AGENCY]: { tonePerPhase: { byPhase: { final_notice: 'harsh' } } } });
    const response = await tenants.open(AGENCY, 'final_notice');
    expect(response.status).toBe(502);
    expect(await codeOf(response)).toBe('backend_failed');
  });
});
