import type { Claim } from '@settle/protocol';
import { ClaimValidationCache, type ValidatedClaim } from './claim-cache.js';
import type { SettleContext } from './context.js';
import { SettleError } from './errors.js';
import { copyPlainData, NOT_PLAIN } from './plain-data.js';
import { validateClaim } from './validate-claim.js';

const validated = new ClaimValidationCache();

/**
 * Loads a claim from the creditor's backend and validates it, so a malformed claim
 * never reaches a debtor: the error names the field for the creditor's developers.
 * Unknown fields (a backend's internal columns) are stripped. The claim is frozen:
 * it may be shared by several requests.
 */
export async function loadValidatedClaim(context: SettleContext, claimId: string): Promise<ValidatedClaim> {
  let raw: unknown;
  try {
    raw = await context.options.backend.getClaim(claimId);
  } catch (error) {
    context.options.logger.error('backend.getClaim failed', { claimId, error: String(error) });
    throw new SettleError('backend_failed', 'The creditor could not be reached. Please try again shortly.', { cause: error });
  }
  if (raw === null || raw === undefined) throw new SettleError('not_found', 'There is no claim for this link.');
  let result = validated.get(claimId, raw);
  if (!result) {
    // Plain data is validated as a private copy, so the cached result is exactly the copy's.
    const snapshot = copyPlainData(raw);
    const checked = validateClaim(snapshot === NOT_PLAIN ? raw : snapshot);
    if (!checked.ok) {
      context.options.logger.error(`backend.getClaim returned an invalid claim: ${checked.problem}`, { claimId });
      throw new SettleError('backend_invalid_claim', `The creditor's claim data is invalid: ${checked.problem}`);
    }
    result = { claim: deepFreeze(checked.claim), json: JSON.stringify(checked.claim) };
    if (snapshot !== NOT_PLAIN) validated.set(claimId, snapshot, result);
  }
  if (result.claim.id !== claimId) {
    throw new SettleError('backend_invalid_claim', `The creditor's claim data is invalid: id: must be ${claimId}`);
  }
  return result;
}

/** The validated claim object (see loadValidatedClaim). */
export async function loadClaim(context: SettleContext, claimId: string): Promise<Claim> {
  return (await loadValidatedClaim(context, claimId)).claim;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
