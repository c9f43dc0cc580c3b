import { createSettle } from '@settle/server-sdk';
import { germanClaim } from '../fixtures/claims.js';

export interface TokenRun {
  signPerSecond: number;
  /** First verification of a token: full JWS check. */
  verifyPerSecond: number;
  /** Repeated verification of the same token (verified-token cache). */
  cachedVerifyPerSecond: number;
}

async function rate(count: number, operation: (index: number) => Promise<unknown>): Promise<number> {
  const started = performance.now();
  for (let index = 0; index < count; index += 1) await operation(index);
  return Math.round((count / (performance.now() - started)) * 1000);
}

/** Session tokens signed and verified per second on one core (HS256, jose). */
export async function benchTokens(count = 5_000): Promise<TokenRun> {
  const settle = await createSettle({
    keys: [{ kid: 'bench', alg: 'HS256', secret: 'benchmark-secret-with-at-least-32-bytes' }],
    issuer: 'bench',
    audience: 'bench',
    backend: { getClaim: async () => germanClaim() },
    logger: { warn: () => {}, error: () => {} },
  });
  const tokens: string[] = [];
  const signPerSecond = await rate(count, async () => tokens.push(await settle.createSessionToken({ claimId: 'clm_de_1001' })));
  const read = (token: string) => settle.handle(new Request('http://bench/claims/clm_de_1001', { headers: { authorization: `Bearer ${token}` } })).then((response) => response.text());
  const verifyPerSecond = await rate(count, (index) => read(tokens[index] as string));
  const cachedVerifyPerSecond = await rate(count, () => read(tokens[0] as string));
  return { signPerSecond, verifyPerSecond, cachedVerifyPerSecond };
}
