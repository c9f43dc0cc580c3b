import { SessionResponse, type Claim } from '@settle/protocol';
import { describe, expect, it } from 'vitest';
import { germanClaim } from '../../../../tests/fixtures/claims.js';
import type { ClaimSettings } from '../../src/index.js';
import { post, testSettle } from '../support.js';

/** Two creditors on one instance; counts how often the creditor's backend and resolver are asked. */
async function countingSettle(identityFor: string | undefined) {
  const claims = new Map<string, Claim>([
    ['clm_de_1001', germanClaim()],
    ['clm_direct_3003', germanClaim({ id: 'clm_direct_3003', accountReference: 'SW-2026-3003' })],
  ]);
  const asked = { getClaim: 0, claimSettings: 0 };
  const { settle } = await testSettle({
    identity: { minResponseMs: 0 },
    claimSettings: (claim): ClaimSettings => {
      asked.claimSettings += 1;
      return {
        presentation: { brand: { brandName: claim.id === 'clm_direct_3003' ? 'Stadtwerke' : 'Fair Inkasso' } },
        ...(claim.id === identityFor ? { identity: { check: true, fields: ['postalCode'] } } : {}),
      };
    },
    backend: {
      getClaim: async (id) => {
        asked.getClaim += 1;
        return claims.get(id) ?? null;
      },
      verifyIdentity: async () => true,
    },
  });
  const exchange = async (token: string) => SessionResponse.parse(await (await settle.handle(post('/session', { token }))).json());
  return { settle, asked, exchange };
}

describe('POST /session reads the claim once', () => {
  it('asks the backend and the resolver once for a link exchange that answers with the claim', async () => {
    const { settle, asked, exchange } = await countingSettle(undefined);
    const session = await exchange(await settle.createLinkToken({ claimId: 'clm_direct_3003', phase: 'first_reminder' }));

    expect(session.claim?.id).toBe('clm_direct_3003');
    expect(session.presentation?.brand.brandName).toBe('Stadtwerke');
    expect(asked).toEqual({ getClaim: 1, claimSettings: 1 });
  });

  it('asks once when the claim’s own identity check withholds the claim, and once again per renewal', async () => {
    const { settle, asked, exchange } = await countingSettle('clm_de_1001');
    const session = await exchange(await settle.createLinkToken({ claimId: 'clm_de_1001' }));

    expect(session.identityRequired).toBe(true);
    expect(session.claim).toBeUndefined();
    expect(session.presentation?.brand.brandName).toBe('Fair Inkasso');
    expect(asked).toEqual({ getClaim: 1, claimSettings: 1 });

    const renewed = await exchange(session.sessionToken);
    expect(renewed.identityFields).toEqual(['postalCode']);
    expect(asked).toEqual({ getClaim: 2, claimSettings: 2 });
  });
});
