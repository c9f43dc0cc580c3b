import { ClaimResponse, contrastRatio, DARK_SURFACE, darkVariant, LogoUrl, parseRgb, SessionResponse, type Presentation, type Theme } from '@settle/protocol';
import { describe, expect, it } from 'vitest';
import { germanClaim, usClaim } from '../../../../tests/fixtures/claims.js';
import type { ClaimSettings } from '../../src/index.js';
import { get, post, sessionFor, testSettle } from '../support.js';

const AGENCY = germanClaim().id;
const US = usClaim().id;

const INSTANCE_THEME = { brandName: 'Instance Brand', colors: { primary: '#123456' }, logoUrl: 'https://instance.example/logo.svg' };
const KIND: ClaimSettings = {
  presentation: {
    brand: { brandName: 'Kind Recovery', colors: { primary: '#7a3e9d', onPrimary: '#ffffff' }, logoUrl: '/brands/kind-recovery.svg' },
    colorScheme: 'light',
    locale: 'en',
    texts: { en: { 'contact.title': 'Your balance with Kind Recovery' } },
  },
};

/** A brand as the server answers it: with the dark-mode primary derived from its primary. */
const withDark = (brand: Theme): Theme => ({ ...brand, colors: { ...brand.colors, primaryDark: darkVariant(brand.colors?.primary ?? '') } });

async function brandedSettle(overrides: Parameters<typeof testSettle>[0] = {}) {
  return testSettle({
    journey: { theme: INSTANCE_THEME, texts: { de: { 'contact.title': 'Instanz' } } },
    claimSettings: (claim) => (claim.id === US ? KIND : {}),
    ...overrides,
  });
}

async function exchange(settle: Awaited<ReturnType<typeof testSettle>>['settle'], claimId: string): Promise<SessionResponse> {
  const token = await settle.createLinkToken({ claimId });
  return SessionResponse.parse(await (await settle.handle(post('/session', { token }))).json());
}

describe('presentation per claim', () => {
  it('adds a dark-mode primary with AA contrast on the dark surface, unless the creditor set its own', async () => {
    const own: ClaimSettings = { presentation: { brand: { colors: { primary: '#7a3e9d', primaryDark: '#d9b3ff' } } } };
    const { settle } = await brandedSettle({ claimSettings: (claim) => (claim.id === US ? own : {}) });
    const derived = (await exchange(settle, AGENCY)).presentation?.brand.colors?.primaryDark ?? '';
    expect(derived).not.toBe('#123456');
    expect(contrastRatio(parseRgb(derived)!, parseRgb(DARK_SURFACE)!)).toBeGreaterThanOrEqual(4.5);
    expect((await exchange(settle, US)).presentation?.brand.colors?.primaryDark).toBe('#d9b3ff');
  });

  it('answers the session exchange with the claim’s own brand, colour scheme, locale and texts', async () => {
    const { settle } = await brandedSettle();
    const expected: Presentation = { brand: withDark(KIND.presentation?.brand ?? {}), colorScheme: 'light', locale: 'en', texts: { en: { 'contact.title': 'Your balance with Kind Recovery' } } };
    expect((await exchange(settle, US)).presentation).toEqual(expected);
  });

  it('falls back to the instance-wide theme and texts for a claim that names no brand', async () => {
    const { settle } = await brandedSettle();
    expect((await exchange(settle, AGENCY)).presentation).toEqual({ brand: withDark(INSTANCE_THEME), texts: { de: { 'contact.title': 'Instanz' } } });
  });

  it('answers the brand before the identity check, without the claim', async () => {
    const { settle } = await brandedSettle({
      identityCheck: true,
      identity: { fields: ['postalCode'] },
      backend: { getClaim: async (id) => (id === US ? usClaim() : null), verifyIdentity: async () => false },
    });
    const session = await exchange(settle, US);
    expect(session.identityRequired).toBe(true);
    expect(session.claim).toBeUndefined();
    expect(session.presentation?.brand.brandName).toBe('Kind Recovery');
  });

  it('returns the presentation with every claim read', async () => {
    const { settle } = await brandedSettle();
    const body = ClaimResponse.parse(await (await settle.handle(get(`/claims/${US}`, await sessionFor(settle, US)))).json());
    expect(body.presentation?.brand.colors?.primary).toBe('#7a3e9d');
  });

  it('sends each claim’s own brand name with the journey, not the instance-wide one', async () => {
    const { settle } = await brandedSettle();
    const journey = async (id: string) => ((await (await settle.handle(get('/journey', await sessionFor(settle, id)))).json()) as { journey: { theme: { brandName?: string } } }).journey;
    expect((await journey(US)).theme.brandName).toBe('Kind Recovery');
    expect((await journey(AGENCY)).theme.brandName).toBe('Instance Brand');
  });

  it('names the client creditor an agency collects for beside the agency’s brand, for this claim only', async () => {
    const onBehalfOf = { brandName: 'Lakeside Dental', logoUrl: '/brands/lakeside-dental.svg' };
    const { settle } = await brandedSettle({ claimSettings: (claim) => (claim.id === US ? { presentation: { ...KIND.presentation, onBehalfOf } } : {}) });
    const session = await exchange(settle, US);
    expect(session.presentation?.brand.brandName).toBe('Kind Recovery');
    expect(session.presentation?.onBehalfOf).toEqual(onBehalfOf);
    const read = ClaimResponse.parse(await (await settle.handle(get(`/claims/${US}`, await sessionFor(settle, US)))).json());
    expect(read.presentation?.onBehalfOf).toEqual(onBehalfOf);
    expect((await exchange(settle, AGENCY)).presentation).not.toHaveProperty('onBehalfOf');
  });

  it.each([
    ['a client logo over http', { onBehalfOf: { brandName: 'Lakeside Dental', logoUrl: 'http://evil.example/logo.svg' } }, 'presentation.onBehalfOf.logoUrl'],
    ['a client without a name', { onBehalfOf: { brandName: '' } }, 'presentation.onBehalfOf.brandName'],
    ['a colour that could close a CSS rule', { brand: { colors: { primary: 'red;}:host{background:url(x)' } } }, 'presentation.brand.colors.primary'],
    ['a logo on another origin over http', { brand: { logoUrl: 'http://evil.example/logo.svg' } }, 'presentation.brand.logoUrl'],
    ['a protocol-relative logo', { brand: { logoUrl: '//evil.example/logo.svg' } }, 'presentation.brand.logoUrl'],
    ['an unknown colour scheme', { colorScheme: 'sepia' }, 'presentation.colorScheme'],
  ])('refuses %s from the resolver with a typed 502', async (_name, presentation, path) => {
    const { settle, logged } = await brandedSettle({ claimSettings: () => ({ presentation }) as ClaimSettings });
    const exchanged = await settle.handle(post('/session', { token: await settle.createLinkToken({ claimId: US }) }));
    expect(exchanged.status).toBe(502);
    const response = await settle.handle(get(`/claims/${US}`, await settle.createSessionToken({ claimId: US })));
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({ error: { code: 'backend_failed' } });
    expect(logged.join('\n')).toContain(path);
  });
});

describe('LogoUrl', () => {
  it.each(['https://cdn.example/logo.svg', '/brands/stadtwerke.svg'])('accepts %s', (url) => {
    expect(LogoUrl.safeParse(url).success).toBe(true);
  });

  it.each([
    'http://cdn.example/logo.svg',
    '//evil.example/logo.svg',
    '/\\evil.example/logo.svg',
    'javascript:alert(1)',
    'data:image/svg+xml,<svg/>',
    'logo.svg',
    'https://user:pw@cdn.example/logo.svg',
  ])('refuses %s', (url) => {
    expect(LogoUrl.safeParse(url).success).toBe(false);
  });
});
