import { SessionResponse, type Claim } from '@settle/protocol';
import { describe, expect, it } from 'vitest';
import { germanClaim, usClaim } from '../../../../tests/fixtures/claims.js';
import type { ClaimSettings } from '../../src/index.js';
import { get, post, testSettle } from '../support.js';
import { outcomeSettle } from '../outcome/outcome-settle.js';

/** Three tenants in one Settle: an agency's claim, a creditor collecting directly, a US collector. */
const AGENCY = 'clm_de_1001';
const DIRECT = 'clm_direct_3003';
const US = 'clm_us_2002';

const FAIR = {
  payee: { name: 'Fair Inkasso GmbH', bankAccounts: { EUR: { accountHolder: 'Fair Inkasso GmbH', iban: 'DE02120300000000202051', bic: 'BYLADEM1001' } } },
  support: { phone: '+49 40 5550100', email: 'hilfe@fair-inkasso.example', openingHours: { de: 'Mo–Fr 8–20 Uhr', en: 'Mon–Fri 8 am–8 pm' } },
} satisfies ClaimSettings;
const STADTWERKE = {
  payee: { name: 'Stadtwerke Beispielstadt GmbH', bankAccounts: { EUR: { accountHolder: 'Stadtwerke Beispielstadt GmbH', iban: 'DE89370400440532013000' } } },
  support: { phone: '+49 30 1234567', email: 'service@stadtwerke.example', chatUrl: 'https://stadtwerke.example/chat' },
} satisfies ClaimSettings;
const KIND = {
  // No account in USD (the transfer details are IBAN-only): no bank-transfer fallback.
  payee: { name: 'Kind Recovery Inc.' },
  support: { phone: '+1 312 555 0140', email: 'help@kindrecovery.example' },
} satisfies ClaimSettings;

const BY_CLAIM: Record<string, ClaimSettings> = { [AGENCY]: FAIR, [DIRECT]: STADTWERKE, [US]: KIND };
const directClaim = (): Claim => {
  const { collectionAgency: _agency, ...claim } = germanClaim({ id: DIRECT, accountReference: 'SW-2026-3003' });
  return claim;
};

/** One instance with instance-wide defaults that must never reach a tenant that names its own. */
async function tenantSettle() {
  const claims = new Map<string, Claim>([
    [AGENCY, germanClaim()],
    [DIRECT, directClaim()],
    [US, usClaim()],
  ]);
  const { settle } = await testSettle({
    identityCheck: true,
    identity: { fields: ['postalCode'], minResponseMs: 0, maxFailuresPerLink: 1 },
    support: { phone: '+49 40 0000000', email: 'default@instance.example' },
    providers: { sandbox: true, bankTransfer: { accountHolder: 'Instance Default GmbH', iban: 'DE75512108001245126199' } },
    claimSettings: (claim) => BY_CLAIM[claim.id] ?? {},
    backend: {
      getClaim: async (id) => claims.get(id) ?? null,
      verifyIdentity: async (_id, answers) => answers.postalCode === '10115',
      onDisputeOpened: async () => {},
      onContactRequested: async () => {},
    },
  });
  const linkSession = async (claimId: string): Promise<string> => {
    const link = await settle.createLinkToken({ claimId });
    return SessionResponse.parse(await (await settle.handle(post('/session', { token: link }))).json()).sessionToken;
  };
  const verifiedSession = async (claimId: string): Promise<string> => {
    const response = await settle.handle(post('/identity', { answers: { postalCode: '10115' } }, { authorization: `Bearer ${await linkSession(claimId)}` }));
    return SessionResponse.parse(await response.json()).sessionToken;
  };
  const read = async (path: string, token: string) => (await settle.handle(get(path, token))).json() as Promise<Record<string, unknown>>;
  const submit = async (path: string, token: string, body: unknown, key: string) =>
    (await settle.handle(post(path, body, { authorization: `Bearer ${token}`, 'idempotency-key': key }))).json() as Promise<Record<string, unknown>>;
  return { settle, linkSession, verifiedSession, read, submit };
}

const channels = (settings: ClaimSettings) => ({ phone: settings.support?.phone, email: settings.support?.email });
/** Every phone, email, holder and IBAN of the other tenants and of the instance defaults. */
function foreignStrings(own: ClaimSettings): string[] {
  const others: ClaimSettings[] = [FAIR, STADTWERKE, KIND].filter((settings) => settings !== own);
  return [
    '+49 40 0000000',
    'default@instance.example',
    'Instance Default GmbH',
    'DE75512108001245126199',
    ...others.flatMap((settings) => [
      settings.support?.phone,
      settings.support?.email,
      ...Object.values(settings.payee?.bankAccounts ?? {}).flatMap((account) => [account.iban, account.accountHolder]),
    ]),
  ].filter((value): value is string => Boolean(value));
}

describe('payee and support per claim (claimSettings)', () => {
  it('offers each claim only its own payee’s account in its own currency in GET /payments/config', async () => {
    const test = await tenantSettle();
    const configs = await Promise.all([AGENCY, DIRECT, US].map(async (id) => test.read('/payments/config', await test.verifiedSession(id))));
    expect(configs.map((config) => config.bankTransfer)).toEqual([
      { ...FAIR.payee.bankAccounts.EUR, reference: germanClaim().accountReference },
      { ...STADTWERKE.payee.bankAccounts.EUR, reference: 'SW-2026-3003' },
      undefined,
    ]);
    for (const [config, own] of [
      [configs[0], FAIR],
      [configs[1], STADTWERKE],
      [configs[2], KIND],
    ] as const) {
      for (const foreign of foreignStrings(own)) expect(JSON.stringify(config)).not.toContain(foreign);
    }
  });

  it('sends each claim’s own support channels with the journey, not the instance-wide ones', async () => {
    const test = await tenantSettle();
    const journeys = await Promise.all([AGENCY, DIRECT, US].map(async (id) => (await test.read('/journey', await test.verifiedSession(id))).journey as { support: unknown }));
    expect(journeys.map((journey) => journey.support)).toEqual([FAIR.support, STADTWERKE.support, KIND.support]);
  });

  it('names each claim’s own people in the dispute and contact answers', async () => {
    const test = await tenantSettle();
    for (const [id, own] of [
      [AGENCY, FAIR],
      [DIRECT, STADTWERKE],
      [US, KIND],
    ] as const) {
      const token = await test.verifiedSession(id);
      const dispute = await test.submit('/disputes', token, { reason: 'wrong_amount' }, `dispute-${id}`);
      const contact = await test.submit('/contact-requests', token, { channel: 'email' }, `contact-${id}`);
      expect(dispute.support).toMatchObject(channels(own));
      expect(contact.support).toMatchObject(channels(own));
      for (const foreign of foreignStrings(own)) expect(JSON.stringify([dispute, contact])).not.toContain(foreign);
    }
  });

  it('names each claim’s own people when its identity check locks', async () => {
    const test = await tenantSettle();
    for (const [id, own] of [
      [DIRECT, STADTWERKE],
      [US, KIND],
    ] as const) {
      const response = await test.settle.handle(post('/identity', { answers: { postalCode: '99999' } }, { authorization: `Bearer ${await test.linkSession(id)}` }));
      const body = (await response.json()) as { error: { code: string; humanRoute: unknown } };
      expect(body.error.code).toBe('identity_locked');
      expect(body.error.humanRoute).toEqual(own === STADTWERKE ? { ...channels(own), url: STADTWERKE.support.chatUrl } : channels(own));
    }
  });

  it('answers 502 with a typed error when the resolver returns invalid settings', async () => {
    const { settle, logged } = await testSettle({ claimSettings: () => ({ support: { chatUrl: 'javascript:alert(1)' } }) });
    const exchanged = await settle.handle(post('/session', { token: await settle.createLinkToken({ claimId: AGENCY }) }));
    expect(exchanged.status).toBe(502);
    const response = await settle.handle(get('/journey', await settle.createSessionToken({ claimId: AGENCY })));
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({ error: { code: 'backend_failed' } });
    expect(logged.join('\n')).toContain('claimSettings(claim) returned invalid settings: support.chatUrl');
  });

  it('offers the instance-wide account only in its currency when it names one', async () => {
    const test = await outcomeSettle({ providers: { sandbox: true, bankTransfer: { accountHolder: 'Fair Inkasso GmbH', iban: 'DE02120300000000202051', currency: 'EUR' } } });
    const de = (await (await test.settle.handle(get('/payments/config', await test.session(AGENCY)))).json()) as { bankTransfer?: { iban: string } };
    const us = (await (await test.settle.handle(get('/payments/config', await test.session(US)))).json()) as { bankTransfer?: unknown };
    expect(de.bankTransfer?.iban).toBe('DE02120300000000202051');
    expect(us.bankTransfer).toBeUndefined();
  });

  it('names the configured payee on each claim’s receipts', async () => {
    const test = await outcomeSettle({ claimSettings: (claim) => (claim.id === AGENCY ? { payee: { name: 'Stadtwerke Beispielstadt GmbH' } } : {}) });
    const deToken = await test.session(AGENCY);
    const usToken = await test.session(US);
    await test.pay(deToken, { option: 'full' });
    await test.acceptOffer(usToken, 'partial_payment', { amount: { amount: 10_000, currency: 'USD' } });
    await test.pay(usToken, { option: 'partial', partialAmount: 10_000 });
    expect((await test.outcome(deToken, AGENCY)).receipts.map((receipt) => receipt.payee)).toEqual(['Stadtwerke Beispielstadt GmbH']);
    expect((await test.outcome(usToken, US)).receipts.map((receipt) => receipt.payee)).toEqual(['Kind Recovery Inc.']);
  });
});
