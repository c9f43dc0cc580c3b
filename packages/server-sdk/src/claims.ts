import { Claim } from '@settle/protocol';
import type { SettleContext } from './context.js';
import { SettleError } from './errors.js';
import { describeIssues } from './http/request-body.js';

/**
 * Loads a claim from the creditor's backend and validates it, so a malformed claim
 * never reaches a debtor: the error names the field for the creditor's developers.
 */
export async function loadClaim(context: SettleContext, claimId: string): Promise<Claim> {
  let raw: unknown;
  try {
    raw = await context.options.backend.getClaim(claimId);
  } catch (error) {
    context.options.logger.error('backend.getClaim failed', { claimId, error: String(error) });
    throw new SettleError('backend_failed', 'The creditor could not be reached. Please try again shortly.', { cause: error });
  }
  if (raw === null || raw === undefined) throw new SettleError('not_found', 'There is no claim for this link.');
  const parsed = Claim.safeParse(raw);
  if (!parsed.success) {
    const detail = describeIssues(parsed.error.issues);
    context.options.logger.error(`backend.getClaim returned an invalid claim: ${detail}`, { claimId });
    throw new SettleError('backend_invalid_claim', `The creditor's claim data is invalid: ${detail}`);
  }
  if (parsed.data.id !== claimId) {
    throw new SettleError('backend_invalid_claim', `The creditor's claim data is invalid: id: must be ${claimId}`);
  }
  return parsed.data;
}
