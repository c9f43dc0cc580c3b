/**
 * Shared state the SDK needs across requests and server instances: idempotency
 * records, attempt counters, offer nonces. Values are strings (JSON where structured).
 * Every method must be atomic on its own; the Redis adapter implements the same contract.
 */
export interface SettleStore {
  /** Sets `key` only when absent; true when this caller set it. `ttlMs` bounds its life. */
  setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean>;
  get(key: string): Promise<string | null>;
  /** Sets `key` unconditionally, optionally expiring after `ttlMs`. */
  set(key: string, value: string, ttlMs?: number): Promise<void>;
  /** Replaces `key` only when it currently holds `expected`; true when replaced. */
  compareAndSet(key: string, expected: string, value: string, ttlMs?: number): Promise<boolean>;
  delete(key: string): Promise<void>;
  /**
   * Adds `by` (default 1; -1 releases a reservation) and returns the new count. The
   * window (`ttlMs`) starts when the key is created and is not extended by later calls.
   */
  increment(key: string, ttlMs: number, by?: number): Promise<number>;
  /** Keys starting with `prefix` (for reconciliation sweeps; may be slow on large stores). */
  keys(prefix: string): Promise<string[]>;
  close?(): Promise<void>;
}
