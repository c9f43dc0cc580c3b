import { readFileSync } from 'node:fs';
import { SessionResponse, type Claim } from '@settle/protocol';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { germanClaim } from '../../../../tests/fixtures/claims.js';
import { post } from '../support.js';
import { startSettle } from './multi-creditor-example.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const example = readFileSync(new URL('./multi-creditor-example.ts', import.meta.url), 'utf8');

const funkwelle = germanClaim({ id: 'clm_fw_1', creditor: { name: 'Funkwelle Mobil GmbH', address: { street: 'Senderstraße 12', postalCode: '50667', city: 'Köln', country: 'DE' } } });
const stadtwerke: Claim = germanClaim({ id: 'clm_sw_1' });
delete stadtwerke.collectionAgency;
const claims = new Map([funkwelle, stadtwerke].map((claim) => [claim.id, claim]));

afterEach(() => {
  vi.unstubAllEnvs();
});

async function exchange(claimId: string) {
  vi.stubEnv('SETTLE_SECRET', 'a-secret-of-the-example-at-least-32-bytes');
  const settle = await startSettle({ getClaim: async (id) => claims.get(id) ?? null });
  const token = await settle.createLinkToken({ claimId, phase: 'final_notice' });
  const response = await settle.handle(post('/session', { token }));
  expect(response.status).toBe(200);
  return SessionResponse.parse(await response.json());
}

describe('the README’s worked multi-creditor example', () => {
  it('is this file, word for word, so the README shows code that compiles against the real types', () => {
    expect(readme).toContain(`\`\`\`ts\n${example}\`\`\``);
  });

  it('shows an agency’s claim under the agency’s brand on behalf of its client, in the final notice’s formal tone', async () => {
    const session = await exchange(funkwelle.id);
    expect(session.presentation?.brand.brandName).toBe('Fair Inkasso');
    expect(session.presentation?.onBehalfOf).toEqual({ brandName: 'Funkwelle Mobil', logoUrl: '/brands/funkwelle.svg' });
    expect(session.presentation?.locale).toBe('de');
    expect(session.tone).toBe('formal');
  });

  it('shows a directly collected claim under the creditor’s own brand, on behalf of no one', async () => {
    const session = await exchange(stadtwerke.id);
    expect(session.presentation?.brand.brandName).toBe('Stadtwerke Beispielstadt');
    expect(session.presentation?.colorScheme).toBe('light');
    expect(session.presentation).not.toHaveProperty('onBehalfOf');
  });

  it('asks only the creditor’s own debtors who they are, and keeps its final notice neutral', async () => {
    const own = await exchange(stadtwerke.id);
    const agencys = await exchange(funkwelle.id);
    expect(own.identityRequired).toBe(true);
    expect(own.identityFields).toEqual(['dateOfBirth', 'postalCode']);
    expect(own.tone).toBe('neutral');
    expect(agencys.identityRequired).toBe(false);
  });
});
