import { describe, expect, it } from 'vitest';
import type { SettleStore } from '../../src/index.js';

export interface StoreUnderTest {
  store: SettleStore;
  /** Lets `ms` pass for the store's expiry: a fake clock for memory, real time for servers. */
  advance(ms: number): Promise<void>;
}

/** TTLs long enough that a real server never expires a key between two calls of one step. */
const TTL = 400;

/**
 * The SettleStore contract every adapter must keep. Each test uses its own key space,
 * so a shared server needs no flushing between tests.
 */
export function describeStoreContract(name: string, open: () => Promise<StoreUnderTest>): void {
  let namespace = 0;
  const keyspace = () => {
    namespace += 1;
    return `t${Date.now().toString(36)}${namespace}:`;
  };

  describe(`${name} keeps the SettleStore contract`, () => {
    it('lets exactly one of 20 concurrent setIfAbsent calls win', async () => {
      const { store } = await open();
      const key = `${keyspace()}record`;
      const wins = await Promise.all(Array.from({ length: 20 }, (_, index) => store.setIfAbsent(key, `writer-${index}`, 60_000)));
      expect(wins.filter(Boolean)).toHaveLength(1);
      expect(await store.get(key)).toBe(`writer-${wins.indexOf(true)}`);
    });

    it('gets, sets, overwrites and deletes values, and answers null for missing keys', async () => {
      const { store } = await open();
      const key = `${keyspace()}value`;
      expect(await store.get(key)).toBeNull();
      await store.set(key, '{"a":1}');
      expect(await store.get(key)).toBe('{"a":1}');
      await store.set(key, 'two');
      expect(await store.get(key)).toBe('two');
      await store.delete(key);
      expect(await store.get(key)).toBeNull();
      await store.delete(key);
    });

    it('expires values set with a TTL, and setIfAbsent works again after expiry', async () => {
      const { store, advance } = await open();
      const space = keyspace();
      await store.set(`${space}short`, 'x', TTL);
      await store.set(`${space}forever`, 'y');
      expect(await store.setIfAbsent(`${space}lease`, 'first', TTL)).toBe(true);
      expect(await store.setIfAbsent(`${space}lease`, 'second', TTL)).toBe(false);
      await advance(TTL + 100);
      expect(await store.get(`${space}short`)).toBeNull();
      expect(await store.get(`${space}forever`)).toBe('y');
      expect(await store.setIfAbsent(`${space}lease`, 'third', TTL)).toBe(true);
      expect(await store.get(`${space}lease`)).toBe('third');
    });

    it('compare-and-set replaces only the expected value, once among concurrent callers', async () => {
      const { store } = await open();
      const key = `${keyspace()}cas`;
      expect(await store.compareAndSet(key, 'pending', 'done')).toBe(false);
      expect(await store.get(key)).toBeNull();
      await store.set(key, 'pending', 60_000);
      expect(await store.compareAndSet(key, 'other', 'done')).toBe(false);
      const results = await Promise.all(Array.from({ length: 20 }, (_, index) => store.compareAndSet(key, 'pending', `done-${index}`)));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await store.get(key)).toBe(`done-${results.indexOf(true)}`);
    });

    it('compare-and-set keeps the expiry unless given a new TTL', async () => {
      const { store, advance } = await open();
      const space = keyspace();
      await store.set(`${space}kept`, 'a', TTL);
      await store.set(`${space}renewed`, 'a', TTL);
      expect(await store.compareAndSet(`${space}kept`, 'a', 'b')).toBe(true);
      expect(await store.compareAndSet(`${space}renewed`, 'a', 'b', 60_000)).toBe(true);
      await advance(TTL + 100);
      expect(await store.get(`${space}kept`)).toBeNull();
      expect(await store.get(`${space}renewed`)).toBe('b');
    });

    it('counts 50 concurrent increments without losing one, and releases with a negative step', async () => {
      const { store } = await open();
      const key = `${keyspace()}counter`;
      const counts = await Promise.all(Array.from({ length: 50 }, () => store.increment(key, 60_000)));
      expect([...counts].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, index) => index + 1));
      expect(await store.increment(key, 60_000, -1)).toBe(49);
      expect(await store.increment(key, 60_000, 3)).toBe(52);
    });

    it('starts the counting window at the first increment and never extends it', async () => {
      const { store, advance } = await open();
      const key = `${keyspace()}window`;
      expect(await store.increment(key, TTL)).toBe(1);
      await advance(TTL / 2);
      expect(await store.increment(key, TTL)).toBe(2);
      await advance(TTL / 2 + 100);
      expect(await store.increment(key, TTL)).toBe(1);
    });

    it('lists keys by literal prefix, including glob characters, without expired ones', async () => {
      const { store, advance } = await open();
      const space = keyspace();
      await store.set(`${space}effect:a`, '1');
      await store.set(`${space}effect:b`, '2');
      await store.set(`${space}effect:gone`, '3', TTL);
      await store.set(`${space}lease:a`, '4');
      await store.set(`${space}odd*[x]?:a`, '5');
      await store.set(`${space}oddZ[x]?:b`, '6');
      await advance(TTL + 100);
      expect((await store.keys(`${space}effect:`)).sort()).toEqual([`${space}effect:a`, `${space}effect:b`]);
      expect(await store.keys(`${space}odd*[x]?:`)).toEqual([`${space}odd*[x]?:a`]);
      expect(await store.keys(`${space}nothing:`)).toEqual([]);
    });
  });
}
