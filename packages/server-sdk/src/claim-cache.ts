import type { Claim } from '@settle/protocol';
import { samePlainData, type PlainData } from './plain-data.js';

export interface ValidatedClaim {
  claim: Claim;
  /** The validated claim as JSON, unknown fields stripped, ready to send. */
  json: string;
}

interface Entry {
  /** A private copy of exactly what was validated. */
  snapshot: PlainData;
  result: ValidatedClaim;
}

/**
 * Remembers, per claim id, the last claim the backend returned and its validation result.
 * Validation is a pure function of the claim's content, so a read whose claim has exactly
 * the snapshot's content (compared field by field, cheaper than serialising it) need not
 * be re-validated; any change misses and is validated afresh. Bounded, oldest first out.
 */
export class ClaimValidationCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly maxEntries = 2_000) {}

  get(claimId: string, raw: unknown): ValidatedClaim | undefined {
    const entry = this.entries.get(claimId);
    return entry && samePlainData(raw, entry.snapshot) ? entry.result : undefined;
  }

  set(claimId: string, snapshot: PlainData, result: ValidatedClaim): void {
    this.entries.delete(claimId);
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(claimId, { snapshot, result });
  }
}
