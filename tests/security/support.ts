import { ERROR_STATUS, isErrorCode } from '@settle/protocol';
import { createSettle, type ClaimInput, type EffectHooks, type SettleOptions, type Settle } from '@settle/server-sdk';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { expect } from 'vitest';
import { germanClaim, usClaim } from '../fixtures/claims.js';

export const HS_SECRET = 'security-suite-secret-of-at-least-32-bytes!';
export const ISSUER = 'acme-collections';
export const AUDIENCE = 'https://pay.acme.example/settle';
export const ORIGIN = 'https://pay.acme.example';
export const BASE = `${ORIGIN}/settle`;

/** The claim every attack targets, and the claim whose session the attacker holds. */
export const VICTIM = germanClaim();
export const ATTACKER = usClaim();
/** Strings of the victim's claim that must never appear in an answer to the attacker. */
export const VICTIM_SECRETS = [VICTIM.debtor.name, VICTIM.accountReference, String(VICTIM.total.amount)];

export interface EdKeys {
  privateJwk: JWK;
  publicJwk: JWK;
}

let edKeys: Promise<EdKeys> | undefined;
/** One Ed25519 key pair for the whole suite (key generation is the slow part). */
export function suiteEdKeys(): Promise<EdKeys> {
  edKeys ??= generateKeyPair('EdDSA', { extractable: true }).then(async ({ privateKey, publicKey }) => ({
    privateJwk: await exportJWK(privateKey),
    publicJwk: await exportJWK(publicKey),
  }));
  return edKeys;
}

export interface Harness {
  settle: Settle;
  claims: Map<string, unknown>;
  clock: { now: number };
  /** Everything the SDK logged, to prove no unexpected error and no token reached the log. */
  logged: string[];
  keys: EdKeys;
}

/**
 * A Settle instance that signs with EdDSA (kid "ed-1") and still verifies an older HS256
 * key (kid "hs-1"), as during a rotation: both pinned algorithms are live at once.
 */
export async function harness(overrides: Partial<SettleOptions> = {}, hooks: EffectHooks = {}): Promise<Harness> {
  const keys = await suiteEdKeys();
  const claims = new Map<string, unknown>([
    [VICTIM.id, germanClaim()],
    [ATTACKER.id, usClaim()],
  ]);
  const clock = { now: Date.now() };
  const logged: string[] = [];
  const record = (message: string, context?: Record<string, unknown>) => logged.push(`${message} ${JSON.stringify(context ?? {})}`);
  const settle = await createSettle({
    keys: [
      { kid: 'ed-1', alg: 'EdDSA', privateKey: keys.privateJwk, publicKey: keys.publicJwk },
      { kid: 'hs-1', alg: 'HS256', secret: HS_SECRET },
    ],
    issuer: ISSUER,
    audience: AUDIENCE,
    basePath: '/settle',
    backend: { getClaim: async (id) => (claims.get(id) ?? null) as ClaimInput | null, ...hooks },
    logger: { warn: record, error: record },
    now: () => clock.now,
    ...overrides,
  });
  return { settle, claims, clock, logged, keys };
}

// The same request builders and session exchange as the SDK's own tests, on the same mount.
export { get, post, sessionFor } from '../../packages/server-sdk/test/support.js';

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

export interface ErrorBody {
  error: { code: string; message: string };
}

/**
 * Asserts a typed error answer: JSON envelope, a code from ERROR_STATUS, the status that
 * code stands for, and (optionally) one of the expected codes. Returns the body text.
 */
export async function expectTypedError(response: Response, codes?: readonly string[], label = ''): Promise<{ body: ErrorBody; text: string }> {
  const text = await response.text();
  expect(response.headers.get('content-type') ?? '', `${label} content-type`).toMatch(/^application\/json/);
  let body: ErrorBody;
  try {
    body = JSON.parse(text) as ErrorBody;
  } catch {
    throw new Error(`${label} answered ${response.status} with a body that is not JSON: ${text.slice(0, 200)}`);
  }
  expect(typeof body?.error?.code, `${label} error.code in ${text.slice(0, 200)}`).toBe('string');
  expect(typeof body.error.message, `${label} error.message`).toBe('string');
  expect(isErrorCode(body.error.code), `${label} ${body.error.code} is a code from ERROR_STATUS`).toBe(true);
  expect(response.status, `${label} status matches ${body.error.code}`).toBe(ERROR_STATUS[body.error.code as keyof typeof ERROR_STATUS]);
  if (codes) expect(codes, `${label} answered ${body.error.code} (${response.status}): ${body.error.message}`).toContain(body.error.code);
  return { body, text };
}

/** Asserts a 4xx typed error: the client's fault, never a crash. */
export async function expectClientError(response: Response, label = ''): Promise<ErrorBody> {
  expect(response.status, `${label} is a 4xx, not ${response.status}`).toBeGreaterThanOrEqual(400);
  expect(response.status, `${label} is a 4xx, not ${response.status}`).toBeLessThan(500);
  return (await expectTypedError(response, undefined, label)).body;
}

export function base64url(value: unknown): string {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
}

/** Fills every `:name` segment of a route pattern; `claimId` gets the given claim. */
export function fillRoute(pattern: string, claimId: string): string {
  return pattern.replace(/:([A-Za-z]+)/g, (_, name: string) => (name === 'claimId' ? claimId : `${name}_probe_1`));
}

/**
 * The methods a route answers, discovered from the router itself (a 405's Allow header),
 * so routes added later are covered without editing this suite.
 */
export async function methodsOf(settle: Settle, path: string): Promise<string[]> {
  const response = await settle.handle(new Request(`${BASE}${path}`, { method: 'PROBE' }));
  await response.body?.cancel();
  const allow = response.headers.get('allow');
  if (response.status !== 405 || !allow) return [];
  return [
    ...new Set(
      allow
        .split(',')
        .map((method) => method.trim())
        .filter(Boolean),
    ),
  ];
}

/** A request for any route and method, with an optional token and JSON body. */
export function routeRequest(method: string, path: string, token: string | undefined, body: unknown = {}): Request {
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(`${BASE}${path}`, {
    method,
    headers: { ...(token ? bearer(token) : {}), ...(hasBody ? { 'content-type': 'application/json' } : {}) },
    ...(hasBody ? { body: JSON.stringify(body) } : {}),
  });
}
