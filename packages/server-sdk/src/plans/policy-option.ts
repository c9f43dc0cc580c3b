import { resolvePolicy, type Claim, type CreditorPolicy, type CreditorPolicyInput } from '@settle/protocol';
import { describeIssues } from '../http/request-body.js';

/** A fixed policy, or one per claim (e.g. by currency or portfolio) from the creditor's code. */
export type PolicyOption = CreditorPolicyInput | ((claim: Claim) => CreditorPolicyInput | Promise<CreditorPolicyInput>);

export type PolicySource = CreditorPolicy | ((claim: Claim) => CreditorPolicyInput | Promise<CreditorPolicyInput>);

/** Validates a fixed policy when the SDK is created, so a bad one fails at start-up, naming the field. */
export function resolvePolicySource(option: PolicyOption | undefined): PolicySource {
  if (typeof option === 'function') return option;
  try {
    return resolvePolicy(option ?? {});
  } catch (error) {
    const issues = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues ?? [];
    throw new TypeError(`createSettle: policy.${describeIssues(issues)}`);
  }
}
