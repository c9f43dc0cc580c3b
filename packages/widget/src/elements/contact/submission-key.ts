/**
 * An `Idempotency-Key` for one submission. The same body keeps its key, so a retry after
 * a lost answer is recorded once; a changed body gets a new key.
 */
export class SubmissionKey {
  private key: string | undefined;
  private body: string | undefined;

  for(body: unknown): string {
    const serialized = JSON.stringify(body);
    if (!this.key || serialized !== this.body) {
      this.key = randomKey();
      this.body = serialized;
    }
    return this.key;
  }
}

function randomKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
