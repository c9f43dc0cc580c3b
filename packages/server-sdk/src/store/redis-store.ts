import { Redis, type RedisOptions } from 'ioredis';
import type { SettleStore } from './store.js';

export interface RedisStoreOptions {
  /** Prepended to every key, so Settle can share a Redis database. Default "settle:". */
  prefix?: string;
  /** Passed to ioredis when the store opens its own connection from a URL. */
  redis?: RedisOptions;
}

/** Replaces the value only when it is still the expected one; keeps the expiry unless a new TTL is given. */
const COMPARE_AND_SET = `
local current = redis.call('GET', KEYS[1])
if current ~= ARGV[1] then return 0 end
if ARGV[3] == '' then
  redis.call('SET', KEYS[1], ARGV[2], 'KEEPTTL')
else
  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
end
return 1`;

/** Adds to a counter; the expiry is set only when this call created it, so windows never slide. */
const INCREMENT = `
local existed = redis.call('EXISTS', KEYS[1])
local count = redis.call('INCRBY', KEYS[1], ARGV[2])
if existed == 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return count`;

interface ScriptCommands {
  settleCompareAndSet(key: string, expected: string, value: string, ttlMs: string): Promise<number>;
  settleIncrement(key: string, ttlMs: string, by: string): Promise<number>;
}

/**
 * SettleStore on Redis, for several server instances behind a load balancer. Every
 * method is one atomic Redis step: SET NX PX for first-writer-wins records, Lua
 * scripts for compare-and-set and windowed counters, SCAN (never KEYS) for sweeps.
 * Redis rather than PostgreSQL: every record the SDK keeps is one short-lived key with
 * an expiry, which Redis expires by itself; a table would need sweeps and row locks.
 *
 * @example
 * const store = new RedisStore(process.env.REDIS_URL!);
 * const settle = await createSettle({ ..., store });
 */
export class RedisStore implements SettleStore {
  private readonly client: Redis;
  private readonly ownsClient: boolean;
  private readonly prefix: string;

  /** Takes a Redis URL (the store owns and closes that connection) or an ioredis client you manage. */
  constructor(connection: string | Redis, options: RedisStoreOptions = {}) {
    if (typeof connection !== 'string' && typeof (connection as Partial<Redis> | undefined)?.defineCommand !== 'function') {
      throw new TypeError(
        `RedisStore: expected a Redis URL (e.g. process.env.REDIS_URL, "redis://localhost:6379") or an ioredis client, got ${connection === undefined ? 'undefined: is the environment variable set?' : typeof connection}.`,
      );
    }
    this.ownsClient = typeof connection === 'string';
    this.client = typeof connection === 'string' ? new Redis(connection, options.redis ?? {}) : connection;
    this.prefix = options.prefix ?? 'settle:';
    this.client.defineCommand('settleCompareAndSet', { numberOfKeys: 1, lua: COMPARE_AND_SET });
    this.client.defineCommand('settleIncrement', { numberOfKeys: 1, lua: INCREMENT });
  }

  private get scripts(): ScriptCommands {
    return this.client as unknown as ScriptCommands;
  }

  async setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean> {
    return (await this.client.set(this.prefix + key, value, 'PX', wholeMs(ttlMs), 'NX')) === 'OK';
  }

  async get(key: string): Promise<string | null> {
    return this.client.get(this.prefix + key);
  }

  async set(key: string, value: string, ttlMs?: number): Promise<void> {
    if (ttlMs === undefined) await this.client.set(this.prefix + key, value);
    else await this.client.set(this.prefix + key, value, 'PX', wholeMs(ttlMs));
  }

  async compareAndSet(key: string, expected: string, value: string, ttlMs?: number): Promise<boolean> {
    const ttl = ttlMs === undefined ? '' : String(wholeMs(ttlMs));
    return (await this.scripts.settleCompareAndSet(this.prefix + key, expected, value, ttl)) === 1;
  }

  async delete(key: string): Promise<void> {
    await this.client.del(this.prefix + key);
  }

  async increment(key: string, ttlMs: number, by = 1): Promise<number> {
    if (!Number.isSafeInteger(by)) throw new TypeError('RedisStore.increment: by must be a whole number');
    return Number(await this.scripts.settleIncrement(this.prefix + key, String(wholeMs(ttlMs)), String(by)));
  }

  async keys(prefix: string): Promise<string[]> {
    const pattern = `${escapeGlob(this.prefix + prefix)}*`;
    const found = new Set<string>();
    let cursor = '0';
    do {
      const [next, batch] = await this.client.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
      for (const key of batch) found.add(key.slice(this.prefix.length));
      cursor = next;
    } while (cursor !== '0');
    return [...found];
  }

  /** Closes the connection when the store opened it; a client passed in stays yours to close. */
  async close(): Promise<void> {
    if (this.ownsClient) await this.client.quit();
  }
}

/** Redis wants whole, positive milliseconds. */
function wholeMs(ttlMs: number): number {
  return Math.max(1, Math.ceil(ttlMs));
}

/** SCAN MATCH is a glob: the prefix must match literally. */
function escapeGlob(text: string): string {
  return text.replace(/[*?[\]\\]/g, (char) => `\\${char}`);
}
