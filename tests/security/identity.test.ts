import { ROUTES } from '@settle/protocol';
import { beforeEach, describe, expect, it } from 'vitest';
import { BASE, VICTIM, VICTIM_SECRETS, bearer, expectTypedError, fillRoute, harness, methodsOf, post, routeRequest, type Harness } from './support.js';

/**
 * Guessing the identity check (date of birth + postcode) of a link someone else received:
 * attempts are limited per link and per claim, parallel guesses cannot slip past the
 * limit, and every wrong answer looks the same.
 */

const RIGHT = { dateOfBirth: '1980-02-29', postalCode: '10115' };
const LINK_LIMIT = 3;
const CLAIM_LIMIT = 5;

let h: Harness;
let verifyCalls: number;

beforeEach(async () => {
  verifyCalls = 0;
  h = await harness({
    identityCheck: true,
    identity: { fields: ['dateOfBirth', 'postalCode'], maxFailuresPerLink: LINK_LIMIT, maxFailuresPerClaim: CLAIM_LIMIT, minResponseMs: 0 },
    support: { phone: '+49 30 1234567', email: 'hilfe@stadtwerke.example' },
    backend: {
      getClaim: async (id: string) => (id === VICTIM.id ? VICTIM : null),
      verifyIdentity: async (_claimId: string, answers: { dateOfBirth?: string; postalCode?: string }) => {
        verifyCalls += 1;
        // Every field compared, no early return, as the SDK's docs ask of creditors.
        const dob = answers.dateOfBirth === RIGHT.dateOfBirth;
        const zip = answers.postalCode === RIGHT.postalCode;
        return dob && zip;
      },
    },
  });
});

async function linkSession(): Promise<string> {
  const link = await h.settle.createLinkToken({ claimId: VICTIM.id });
  const response = await h.settle.handle(post('/session', { token: link }));
  expect(response.status).toBe(200);
  return ((await response.json()) as { sessionToken: string }).sessionToken;
}

async function exchange(link: string): Promise<string> {
  return ((await (await h.settle.handle(post('/session', { token: link }))).json()) as { sessionToken: string }).sessionToken;
}

function guess(token: string, answers: Record<string, string>): Request {
  return post('/identity', { answers }, bearer(token));
}

describe('identity check attacks', () => {
  it('locks the link after the allowed wrong answers, then refuses even the right answer', async () => {
    const token = await linkSession();
    for (let attempt = 1; attempt < LINK_LIMIT; attempt += 1) {
      await expectTypedError(await h.settle.handle(guess(token, { ...RIGHT, dateOfBirth: `1980-01-0${attempt}` })), ['identity_failed']);
    }
    const last = await expectTypedError(await h.settle.handle(guess(token, { ...RIGHT, dateOfBirth: '1999-09-09' })), ['identity_locked']);
    expect(last.text).toContain('+49 30 1234567');
    await expectTypedError(await h.settle.handle(guess(token, RIGHT)), ['identity_locked']);
    await expectTypedError(await h.settle.handle(routeRequest('GET', `/claims/${VICTIM.id}`, token)), ['identity_required']);
  });

  it('does not reset the lock by exchanging the same link again', async () => {
    const link = await h.settle.createLinkToken({ claimId: VICTIM.id });
    for (let attempt = 0; attempt < LINK_LIMIT; attempt += 1) {
      await h.settle.handle(guess(await exchange(link), { ...RIGHT, postalCode: `9999${attempt}` }));
    }
    await expectTypedError(await h.settle.handle(guess(await exchange(link), RIGHT)), ['identity_locked']);
  });

  it('caps wrong answers per claim across many links', async () => {
    let failures = 0;
    for (let link = 0; link < 4; link += 1) {
      const token = await linkSession();
      for (let attempt = 0; attempt < LINK_LIMIT; attempt += 1) {
        const response = await h.settle.handle(guess(token, { ...RIGHT, postalCode: `0000${attempt}` }));
        if (response.status === 403) failures += 1;
        await response.body?.cancel();
      }
    }
    expect(verifyCalls).toBeLessThanOrEqual(CLAIM_LIMIT);
    expect(failures).toBeLessThan(CLAIM_LIMIT);
    await expectTypedError(await h.settle.handle(guess(await linkSession(), RIGHT)), ['identity_locked']);
  });

  it('lets no more than the limit of 50 parallel guesses reach the backend', async () => {
    const token = await linkSession();
    const guesses = Array.from({ length: 50 }, (_, index) => h.settle.handle(guess(token, { dateOfBirth: `19${String(50 + (index % 50)).padStart(2, '0')}-01-01`, postalCode: '10115' })));
    const responses = await Promise.all(guesses);
    const codes = await Promise.all(responses.map(async (response) => ((await response.json()) as { error?: { code: string } }).error?.code));
    expect(verifyCalls).toBeLessThanOrEqual(LINK_LIMIT);
    expect(codes.filter((code) => code === 'identity_failed').length).toBeLessThan(LINK_LIMIT);
    expect(codes.every((code) => code === 'identity_failed' || code === 'identity_locked')).toBe(true);
  });

  it('lets a right answer hidden among parallel wrong ones through only if it was within the limit', async () => {
    const token = await linkSession();
    const wrong = Array.from({ length: 30 }, () => h.settle.handle(guess(token, { ...RIGHT, dateOfBirth: '1970-01-01' })));
    const right = h.settle.handle(guess(token, RIGHT));
    const responses = await Promise.all([...wrong, right]);
    expect(verifyCalls).toBeLessThanOrEqual(LINK_LIMIT);
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 200).length).toBeLessThanOrEqual(1);
  });

  it('answers every kind of wrong answer with the same code and message', async () => {
    const bodies: { body: { error: { code: string; message: string } } }[] = [];
    for (const answers of [
      { ...RIGHT, dateOfBirth: '1980-03-01' },
      { ...RIGHT, postalCode: '10117' },
      { dateOfBirth: '1970-01-01', postalCode: '00000' },
    ]) {
      bodies.push(await expectTypedError(await h.settle.handle(guess(await linkSession(), answers)), ['identity_failed']));
    }
    expect(new Set(bodies.map(({ body }) => JSON.stringify(body))).size).toBe(1);
  });

  it('refuses an unverified session on every claim route with 403 identity_required and no claim data', async () => {
    const token = await linkSession();
    // reactions reads nothing of the claim and answers no data: it reports that the identity step was seen.
    const open = new Set(['session', 'identity', 'reactions', 'sandboxAuthorize', 'stripeWebhook', 'paypalWebhook', 'sandboxWebhook']);
    let probed = 0;
    for (const [name, pattern] of Object.entries(ROUTES)) {
      if (open.has(name)) continue;
      const path = fillRoute(pattern, VICTIM.id);
      for (const method of await methodsOf(h.settle, path)) {
        const response = await h.settle.handle(routeRequest(method, path, token, {}));
        const { text } = await expectTypedError(response, ['identity_required'], `${method} ${name}`);
        for (const secret of VICTIM_SECRETS) expect(text).not.toContain(secret);
        probed += 1;
      }
    }
    expect(probed).toBeGreaterThan(1);
  });

  it('opens the claim after the right answer, for that session only', async () => {
    const token = await linkSession();
    const passed = await h.settle.handle(guess(token, RIGHT));
    expect(passed.status).toBe(200);
    const verified = ((await passed.json()) as { sessionToken: string }).sessionToken;
    expect((await h.settle.handle(new Request(`${BASE}/claims/${VICTIM.id}`, { headers: bearer(verified) }))).status).toBe(200);
    await expectTypedError(await h.settle.handle(new Request(`${BASE}/claims/${VICTIM.id}`, { headers: bearer(token) })), ['identity_required']);
  });
});
