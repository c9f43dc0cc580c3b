import type { Claim } from '@settle/protocol';

export interface ValidatedClaim {
  claim: Claim;
  /** The validated claim as JSON, unknown fields stripped, ready to send. */
  json: string;
}

/**
 * Remembers validation results by the exact JSON the backend returned. Validation is a
 * pure function of that text, so an identical claim need not be re-validated on every
 * read; a changed claim is a different key. Bounded, oldest first out.
 */
export class ClaimValidationCache {
  private readonly entries = new Map<string, ValidatedClaim>();

  constructor(private readonly maxEntries = 2_000) {}

  get(rawJson: string): ValidatedClaim | undefined {
    return this.entries.get(rawJson);
  }

  set(rawJson: string, value: ValidatedClaim): void {
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(rawJson, value);
  }
}
