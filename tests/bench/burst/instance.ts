import type { Claim } from '@settle/protocol';
import { createSettle, type Settle, type SettleStore } from '@settle/server-sdk';
import { RedisStore } from '@settle/server-sdk/redis';
import { toNodeHandler } from '@settle/server-sdk/node';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { germanClaim } from '../../fixtures/claims.js';

/**
 * One Settle server instance of the burst: the creditor's configuration (shared keys,
 * shared sandbox webhook secret, shared store) and a hook that calls the creditor's
 * backend over HTTP with a deadline. Every instance, in this process or a child, is
 * built by the same function, as one deployment's replicas are.
 */

export interface InstanceConfig {
  secret: string;
  sandboxSecret: string;
  creditorUrl: string;
  /** Hook deadline and dispatcher lease, short enough for a bounded test. */
  hookTimeoutMs: number;
  leaseMs: number;
}

export const BURST_CLAIM_PREFIX = 'clm_burst_';

/** The claims of the burst: one per payment, generated from the id, as a creditor's database would answer. */
export function burstClaim(id: string): Claim | null {
  if (!id.startsWith(BURST_CLAIM_PREFIX)) return null;
  return { ...germanClaim(), id, accountReference: `KD-${id.slice(BURST_CLAIM_PREFIX.length)}` };
}

export async function burstSettle(config: InstanceConfig, store: SettleStore): Promise<Settle> {
  return createSettle({
    keys: [{ kid: 'burst-1', alg: 'HS256', secret: config.secret }],
    issuer: 'burst-creditor',
    audience: 'burst-creditor/settle',
    basePath: '/settle',
    store,
    providers: { sandbox: { webhookSecret: config.sandboxSecret } },
    delivery: { attempts: 3, backoffMs: 50, leaseMs: config.leaseMs, attemptTimeoutMs: config.hookTimeoutMs },
    logger: { warn: () => undefined, error: () => undefined },
    backend: {
      getClaim: async (id) => burstClaim(id),
      onPaymentSucceeded: async (event) => {
        const response = await fetch(`${config.creditorUrl}/effects`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(event),
          signal: AbortSignal.timeout(config.hookTimeoutMs),
        });
        await response.body?.cancel();
        if (!response.ok) throw new Error(`the creditor answered ${response.status}`);
      },
    },
  });
}

export interface RunningInstance {
  settle: Settle;
  origin: string;
  server: Server;
}

/** Serves one instance on a loopback port. */
export async function serveInstance(config: InstanceConfig, store: SettleStore): Promise<RunningInstance> {
  const settle = await burstSettle(config, store);
  const server = createServer(toNodeHandler(settle.handle));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { settle, server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Child process entry: `BURST_CONFIG` (JSON) and `REDIS_URL` in the environment; prints `ready <origin>`. */
export async function runChildInstance(): Promise<void> {
  const config = JSON.parse(process.env.BURST_CONFIG ?? '{}') as InstanceConfig;
  const store = new RedisStore(process.env.REDIS_URL ?? '', { prefix: process.env.REDIS_PREFIX ?? 'settle:' });
  const { origin } = await serveInstance(config, store);
  process.stdout.write(`ready ${origin}\n`);
}
