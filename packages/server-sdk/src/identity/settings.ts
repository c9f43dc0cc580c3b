import type { IdentityField } from '@settle/protocol';

/** How the identity check behaves; every field has a safe default. */
export interface IdentitySettings {
  /** What the debtor is asked. Default: date of birth. */
  fields?: readonly IdentityField[];
  /** Wrong answers per link before it locks. Default 5. */
  maxFailuresPerLink?: number;
  /** Wrong answers per claim within `claimWindowMs`, across all its links. Default 10. */
  maxFailuresPerClaim?: number;
  /** Default 24 hours. */
  claimWindowMs?: number;
  /**
   * Every answer takes at least this long, so a quick "no" for one wrong field cannot
   * be told from a slower "no" for another. Default 400 ms.
   */
  minResponseMs?: number;
  /** Longest wait for `backend.verifyIdentity`. Default 10 s. */
  timeoutMs?: number;
}

/** What the debtor is asked when the creditor names no fields. */
export const DEFAULT_IDENTITY_FIELDS: readonly IdentityField[] = ['dateOfBirth'];

export function resolveIdentitySettings(settings: IdentitySettings = {}): Required<IdentitySettings> {
  const resolved = {
    fields: DEFAULT_IDENTITY_FIELDS,
    maxFailuresPerLink: 5,
    maxFailuresPerClaim: 10,
    claimWindowMs: 24 * 3600 * 1000,
    minResponseMs: 400,
    timeoutMs: 10_000,
    ...settings,
  };
  if (resolved.fields.length === 0) throw new TypeError('createSettle: identity.fields must name at least one field');
  for (const name of ['maxFailuresPerLink', 'maxFailuresPerClaim'] as const) {
    if (!Number.isInteger(resolved[name]) || resolved[name] < 1) throw new TypeError(`createSettle: identity.${name} must be a whole number >= 1`);
  }
  return resolved;
}
