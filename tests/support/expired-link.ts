import { createSettle } from '@settle/server-sdk';

/** Longer ago than the demo's link lifetime (two weeks), so the link has run out. */
const EXPIRED_AGO_MS = 15 * 24 * 3600 * 1000;

/**
 * A link token for `claimId` signed with the demo's key and issuer, but two weeks and a day
 * ago: the demo reads it as genuine and expired.
 */
export async function expiredLinkToken(origin: string, secret: string, claimId: string): Promise<string> {
  const settle = await createSettle({
    keys: [{ kid: 'demo-1', alg: 'HS256', secret }],
    issuer: 'settle-demo',
    audience: `${origin}/settle`,
    basePath: '/settle',
    backend: { getClaim: () => Promise.resolve(null) },
    now: () => Date.now() - EXPIRED_AGO_MS,
  });
  return settle.createLinkToken({ claimId, locale: 'de' });
}
