import { createSettle, type ClaimInput, type SettleOptions } from '../src/index.js';
import { germanClaim, usClaim } from '../../../tests/fixtures/claims.js';

export const SECRET = 'test-secret-that-is-at-least-32-bytes-long!';
export const ISSUER = 'acme-collections';
export const AUDIENCE = 'https://pay.acme.example/settle';
export const BASE = 'https://pay.acme.example/settle';

/** A settle instance over two sample claims, with a silent logger and a settable clock. */
export async function testSettle(overrides: Partial<SettleOptions> = {}) {
  const claims = new Map<string, unknown>([
    [germanClaim().id, germanClaim()],
    [usClaim().id, usClaim()],
  ]);
  const clock = { now: Date.now() };
  const logged: string[] = [];
  const settle = await createSettle({
    keys: [{ kid: 'k1', alg: 'HS256', secret: SECRET }],
    issuer: ISSUER,
    audience: AUDIENCE,
    basePath: '/settle',
    backend: { getClaim: async (id) => (claims.get(id) ?? null) as ClaimInput | null },
    logger: { warn: (message) => logged.push(message), error: (message) => logged.push(message) },
    now: () => clock.now,
    ...overrides,
  });
  return { settle, claims, clock, logged };
}

export function post(path: string, body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`${BASE}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

export function get(path: string, token?: string): Request {
  return new Request(`${BASE}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

/** Exchanges a fresh link for a session token. */
export async function sessionFor(settle: Awaited<ReturnType<typeof createSettle>>, claimId: string): Promise<string> {
  const link = await settle.createLinkToken({ claimId });
  const response = await settle.handle(post('/session', { token: link }));
  if (response.status !== 200) throw new Error(`session exchange failed: ${response.status}`);
  return ((await response.json()) as { sessionToken: string }).sessionToken;
}
