import { afterEach, describe, expect, it, vi } from 'vitest';
import { Money } from '@settle/protocol';
import { createSettle, type ClaimInput, type SettleOptions } from '../src/index.js';
import { RedisStore } from '../src/redis.js';
import { AUDIENCE, BASE, ISSUER, SECRET, testSettle } from './support.js';

/** createSettle with the test keys and only the settings under test. */
function create(overrides: Partial<SettleOptions>) {
  return createSettle({
    keys: [{ kid: 'k1', alg: 'HS256', secret: SECRET }],
    issuer: ISSUER,
    audience: AUDIENCE,
    backend: { getClaim: async () => null },
    logger: { warn: () => undefined, error: () => undefined },
    ...overrides,
  });
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('start-up checks', () => {
  it('refuse a basePath without a leading slash or with a trailing one, naming the setting', async () => {
    await expect(create({ basePath: 'settle' })).rejects.toThrow(/basePath "settle" must start with "\/" and not end with "\/", e.g. "\/settle"/);
    await expect(create({ basePath: '/settle/' })).rejects.toThrow(/basePath "\/settle\/"/);
    await expect(create({ basePath: '/settle' })).resolves.toBeDefined();
    await expect(create({ basePath: '' })).resolves.toBeDefined();
  });

  it('refuse allowedOrigins that are not exact origins, and say why', async () => {
    await expect(create({ allowedOrigins: ['*'] })).rejects.toThrow(/allowedOrigins\[0\] "\*": a wildcard would let any website call the API/);
    await expect(create({ allowedOrigins: ['localhost:5453'] })).rejects.toThrow(/allowedOrigins\[0\] "localhost:5453" has no http\(s\) scheme.*"https:\/\/localhost:5453"/);
    await expect(create({ allowedOrigins: ['https://portal.acme.example', 'https://portal.acme.example/'] })).rejects.toThrow(
      /allowedOrigins\[1\] "https:\/\/portal.acme.example\/" is not an exact origin: .*no trailing slash.* Write "https:\/\/portal.acme.example"/,
    );
    await expect(create({ allowedOrigins: ['https://Portal.acme.example:443'] })).rejects.toThrow(/Write "https:\/\/portal.acme.example"/);
    await expect(create({ allowedOrigins: ['https://portal.acme.example', 'http://localhost:5453'] })).resolves.toBeDefined();
  });

  it('refuse the old feedbackScale setting, naming journey.csat as the one to use', async () => {
    const old = { feedbackScale: { min: 1, max: 9 } } as Partial<SettleOptions>;
    await expect(create(old)).rejects.toThrow(
      'createSettle: feedbackScale is not a setting any more; use journey.csat (the survey and POST /feedback use that one scale), e.g. journey: { csat: { min: 1, max: 9 } }.',
    );
    await expect(create({ journey: { csat: { min: 1, max: 9 } } })).resolves.toBeDefined();
  });

  it('name an unknown policy.enabledOptions entry and list the valid ones', async () => {
    const refused = create({ policy: { enabledOptions: ['pay_in_full', 'instalment' as 'instalments'] } });
    await expect(refused).rejects.toThrow(
      'policy.enabledOptions[1] is "instalment", not an option Settle offers. Valid: pay_in_full, deferral, instalments, payment_pause, partial_payment, promise_to_pay.',
    );
  });

  it('ask for integer minor units when an amount is a decimal', async () => {
    await expect(create({ policy: { minimumInstalment: 25.5 } })).rejects.toThrow('policy.minimumInstalment: must be an integer of minor units, e.g. 4250 for 42.50 EUR');
    const claimTotal = Money.safeParse({ amount: 128.37, currency: 'EUR' });
    expect(claimTotal.error?.issues[0]?.message).toBe('must be an integer of minor units, e.g. 4250 for 42.50 EUR');
  });

  it('give RedisStore without a URL a TypeError that says what to pass', () => {
    expect(() => new RedisStore(undefined as unknown as string)).toThrow(TypeError);
    expect(() => new RedisStore(undefined as unknown as string)).toThrow(/expected a Redis URL .* got undefined: is the environment variable set\?/);
  });

  it('warn when the in-memory store runs under NODE_ENV=production, and only then', async () => {
    const warnings: string[] = [];
    const logger = { warn: (message: string) => warnings.push(message), error: () => undefined };
    vi.stubEnv('NODE_ENV', 'production');
    await create({ logger });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/in-memory store .*this one process only.*new RedisStore\(url\) from @settle\/server-sdk\/redis/);
    vi.stubEnv('NODE_ENV', 'development');
    await create({ logger });
    expect(warnings).toHaveLength(1);
  });

  it('the default logger keeps the context object of an error', async () => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const settle = await createSettle({
      keys: [{ kid: 'k1', alg: 'HS256', secret: SECRET }],
      issuer: ISSUER,
      audience: AUDIENCE,
      basePath: '/settle',
      backend: { getClaim: async () => ({ id: 'broken' }) as ClaimInput },
    });
    const token = await settle.createSessionToken({ claimId: 'broken' });
    await settle.handle(new Request(`${BASE}/claims/broken`, { headers: { authorization: `Bearer ${token}` } }));
    const withContext = printed.mock.calls.find((call) => String(call[0]).startsWith('[settle]') && call.length === 2);
    expect(withContext?.[1]).toEqual(expect.objectContaining({ claimId: 'broken' }));
  });
});

describe('answers that say what to check', () => {
  it('a refused CORS preflight is a 403 naming allowedOrigins, logged with its cause', async () => {
    const { settle, logged } = await testSettle({ allowedOrigins: ['https://portal.acme.example'] });
    const response = await settle.handle(new Request(`${BASE}/session`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } }));
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('origin_not_allowed');
    expect(body.error.message).toMatch(/the origin https:\/\/evil.example is not in allowedOrigins.*createSettle\(\{ allowedOrigins \}\)/);
    expect(logged).toEqual(['CORS preflight refused: the origin https://evil.example is not in allowedOrigins']);
  });

  it('a 404 outside the mount names basePath', async () => {
    const { settle } = await testSettle();
    const response = await settle.handle(new Request('https://pay.acme.example/session', { method: 'POST' }));
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe('Not found. This Settle API is mounted under basePath "/settle"; /session is outside it.');
  });

  it('a 404 for a path that carries a mount prefix the handler was not told about points at basePath', async () => {
    const { settle } = await testSettle({ basePath: '' });
    const response = await settle.handle(new Request('https://pay.acme.example/settle/session', { method: 'POST' }));
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe(
      'Not found. /settle/session would be a Settle route under "/settle": check basePath (now "") against where the handler is mounted.',
    );
    const unknown = await settle.handle(new Request('https://pay.acme.example/nothing/here'));
    expect(((await unknown.json()) as { error: { message: string } }).error.message).toBe('Not found.');
  });
});
