import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSettle, type SettleEvent } from '../../src/index.js';
import { RedisStore } from '../../src/redis.js';
import { EffectDispatcher } from '../../src/effects/dispatcher.js';
import { germanClaim } from '../../../../tests/fixtures/claims.js';
import { paymentData } from '../../../../tests/fixtures/events.js';
import { AUDIENCE, ISSUER, SECRET, post } from '../support.js';
import { findRedisServer, REDIS_MISSING_MESSAGE, startPrivateRedis, type PrivateRedis } from './redis-server.js';
import { describeStoreContract } from './store-contract.js';

const binary = findRedisServer();
const onCI = process.env.CI === 'true';
if (!binary) console.warn(REDIS_MISSING_MESSAGE);

describe.runIf(binary === null && onCI)('RedisStore on CI', () => {
  it('requires redis-server, so CI always runs the shared-store suite', () => {
    expect.fail(REDIS_MISSING_MESSAGE);
  });
});

describe.runIf(binary !== null)('RedisStore against a private redis-server', () => {
  let redis: PrivateRedis;
  const stores: RedisStore[] = [];
  const openStore = (prefix?: string) => {
    const store = new RedisStore(redis.url, prefix === undefined ? {} : { prefix });
    stores.push(store);
    return store;
  };

  beforeAll(async () => {
    redis = await startPrivateRedis(binary as string);
  });
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
    await redis?.stop();
  });

  describeStoreContract('RedisStore', async () => ({
    store: openStore(),
    advance: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  }));

  it('keeps its keys under its prefix and leaves a client it was given open', async () => {
    const client = new Redis(redis.url);
    const store = new RedisStore(client, { prefix: 'tenant-a:' });
    await store.set('effect:x', '1');
    expect(await client.get('tenant-a:effect:x')).toBe('1');
    expect(await openStore('tenant-b:').get('effect:x')).toBeNull();
    await store.close();
    expect(await client.ping()).toBe('PONG');
    await client.quit();
  });

  it('delivers an effect dispatched concurrently on two dispatchers with separate connections once', async () => {
    const calls: SettleEvent[] = [];
    const hooks = {
      onPaymentSucceeded: async (event: SettleEvent) => {
        calls.push(event);
      },
    };
    const quiet = { warn: () => {}, error: () => {} };
    const prefix = `dispatch-${Date.now()}:`;
    const first = new EffectDispatcher({ store: openStore(prefix), hooks, logger: quiet, now: Date.now });
    const second = new EffectDispatcher({ store: openStore(prefix), hooks, logger: quiet, now: Date.now });
    const event = { id: 'payment.succeeded:pi_shared', type: 'payment.succeeded' as const, claimId: 'clm_de_1001', data: paymentData() };
    const outcomes = await Promise.all(Array.from({ length: 10 }, (_, index) => (index % 2 ? first : second).dispatch(event)));
    await Promise.all([first.drain(), second.drain()]);
    expect(calls).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === 'recorded')).toHaveLength(1);
  });

  it('lets two SDK instances sharing the store record one dispute for the same request sent to both', async () => {
    const disputes: SettleEvent[] = [];
    const prefix = `sdk-${Date.now()}:`;
    const instance = () =>
      createSettle({
        keys: [{ kid: 'k1', alg: 'HS256', secret: SECRET }],
        issuer: ISSUER,
        audience: AUDIENCE,
        basePath: '/settle',
        store: openStore(prefix),
        backend: {
          getClaim: async () => germanClaim(),
          onDisputeOpened: async (event) => {
            await new Promise((resolve) => setTimeout(resolve, 5));
            disputes.push(event);
          },
        },
        logger: { warn: () => {}, error: () => {} },
      });
    const [a, b] = await Promise.all([instance(), instance()]);
    const token = await a.createSessionToken({ claimId: 'clm_de_1001' });
    const request = () => post('/disputes', { reason: 'wrong_amount', note: 'I paid 50 EUR in October.' }, { authorization: `Bearer ${token}`, 'idempotency-key': 'dispute-attempt-0001' });
    const responses = await Promise.all(Array.from({ length: 10 }, (_, index) => (index % 2 ? a : b).handle(request())));
    expect(responses.map((response) => response.status)).toEqual(Array(10).fill(202));
    const bodies = await Promise.all(responses.map((response) => response.text()));
    expect(new Set(bodies).size).toBe(1);
    await Promise.all([a.drain(), b.drain()]);
    expect(disputes).toHaveLength(1);
  });

  it('lets none of 20 wrong identity guesses spread over two instances through, asking the backend at most 5 times', async () => {
    let asked = 0;
    const prefix = `identity-${Date.now()}:`;
    const instance = () =>
      createSettle({
        keys: [{ kid: 'k1', alg: 'HS256', secret: SECRET }],
        issuer: ISSUER,
        audience: AUDIENCE,
        basePath: '/settle',
        store: openStore(prefix),
        identityCheck: true,
        identity: { minResponseMs: 0 },
        backend: {
          getClaim: async () => germanClaim(),
          verifyIdentity: async (_claimId, answers) => {
            asked += 1;
            await new Promise((resolve) => setTimeout(resolve, 5));
            return answers.dateOfBirth === '1980-02-29';
          },
        },
        logger: { warn: () => {}, error: () => {} },
      });
    const [a, b] = await Promise.all([instance(), instance()]);
    const link = await a.createLinkToken({ claimId: 'clm_de_1001' });
    const { sessionToken } = (await (await b.handle(post('/session', { token: link }))).json()) as { sessionToken: string };
    const guesses = Array.from({ length: 20 }, (_, index) =>
      (index % 2 ? a : b).handle(post('/identity', { answers: { dateOfBirth: `1960-01-${String(index + 1).padStart(2, '0')}` } }, { authorization: `Bearer ${sessionToken}` })),
    );
    const statuses = (await Promise.all(guesses)).map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(0);
    expect(asked).toBeLessThanOrEqual(5);
    const right = await a.handle(post('/identity', { answers: { dateOfBirth: '1980-02-29' } }, { authorization: `Bearer ${sessionToken}` }));
    expect(right.status).toBe(429);
  });

  it('lets one instance reconcile an effect another instance could not deliver', async () => {
    let up = false;
    const delivered: string[] = [];
    const prefix = `reconcile-${Date.now()}:`;
    const backend = {
      getClaim: async () => germanClaim(),
      onFeedback: async (event: SettleEvent) => {
        if (!up) throw new Error('creditor backend down');
        delivered.push(event.id);
      },
    };
    const common = {
      keys: [{ kid: 'k1', alg: 'HS256' as const, secret: SECRET }],
      issuer: ISSUER,
      audience: AUDIENCE,
      basePath: '/settle',
      backend,
      logger: { warn: () => {}, error: () => {} },
      delivery: { attempts: 2, backoffMs: 1, sweepMs: 0 },
    };
    const a = await createSettle({ ...common, store: openStore(prefix) });
    const b = await createSettle({ ...common, store: openStore(prefix) });
    const token = await a.createSessionToken({ claimId: 'clm_de_1001' });
    const response = await a.handle(post('/feedback', { score: 5 }, { authorization: `Bearer ${token}` }));
    expect(response.status).toBe(202);
    await a.drain();
    expect(delivered).toHaveLength(0);
    up = true;
    expect(await b.reconcile()).toBe(1);
    expect(await a.reconcile()).toBe(0);
    expect(delivered).toHaveLength(1);
  });
});
