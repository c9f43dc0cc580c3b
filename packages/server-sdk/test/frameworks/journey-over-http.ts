import { expect } from 'vitest';

/** Exchanges a link for a session and reads the claim over real HTTP, as the widget does. */
export async function exchangeAndReadClaim(base: string, link: string): Promise<string> {
  const session = await fetch(`${base}/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: link }) });
  expect(session.status).toBe(200);
  const { sessionToken } = (await session.json()) as { sessionToken: string };
  const claim = await fetch(`${base}/claims/clm_de_1001`, { headers: { authorization: `Bearer ${sessionToken}` } });
  expect(claim.status).toBe(200);
  expect(((await claim.json()) as { claim: { total: { amount: number } } }).claim.total.amount).toBe(12837);
  return sessionToken;
}
