import { resolvePolicy, type Claim, type CreditorPolicy, type CreditorPolicyInput } from '@settle/protocol';
import type { SettleContext } from '../context.js';
import { SettleError } from '../errors.js';
import { describeIssues } from '../http/request-body.js';

export type { PolicyOption, PolicySource } from './policy-option.js';

/** The creditor's policy for one claim. A per-claim policy that fails validation is the creditor's error: 502. */
export async function policyFor(context: SettleContext, claim: Claim): Promise<CreditorPolicy> {
  const source = context.options.policy;
  if (typeof source !== 'function') return source;
  let input: CreditorPolicyInput;
  try {
    input = await source(claim);
  } catch (error) {
    context.options.logger.error('policy(claim) failed', { claimId: claim.id, error: String(error) });
    throw new SettleError('backend_failed', 'The creditor could not be reached. Please try again shortly.', { cause: error });
  }
  try {
    return resolvePolicy(input);
  } catch (error) {
    const issues = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues ?? [];
    context.options.logger.error(`policy(claim) returned an invalid policy: ${describeIssues(issues)}`, { claimId: claim.id });
    throw new SettleError('backend_failed', 'The creditor’s payment options are misconfigured. Please contact them.');
  }
}
