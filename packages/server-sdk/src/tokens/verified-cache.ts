/**
 * Remembers tokens that passed full verification, keyed by their exact bytes, until they
 * expire. A token's signature and claims cannot change, so the only thing that can turn a
 * verified token invalid is time, which every hit re-checks. Bounded: the oldest entries
 * are dropped first. This keeps JWS verification (~70 µs) off the hot path of every read.
 */
export class VerifiedTokenCache<T extends { exp: number }> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly maxEntries = 10_000) {}

  get(key: string, nowSeconds: number): T | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (hit.exp <= nowSeconds) {
      this.entries.delete(key);
      return undefined;
    }
    return hit;
  }

  set(key: string, value: T): void {
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, value);
  }
}
