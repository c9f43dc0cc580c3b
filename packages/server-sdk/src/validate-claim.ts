import { Claim } from '@settle/protocol';
import type * as z from 'zod/mini';
import { describeIssues } from './http/request-body.js';

/** A claim as `backend.getClaim` returns it, before validation (optional fields may be absent). */
export type ClaimInput = z.input<typeof Claim>;

export type ClaimValidation = { ok: true; claim: Claim } | { ok: false; problem: string };

/**
 * Checks a claim the way the SDK does before any of it reaches a browser: use it in your
 * own tests or before saving a claim. `problem` names the fields, e.g.
 * `total.amount: Invalid input`. Unknown fields are dropped from `claim`.
 */
export function validateClaim(input: unknown): ClaimValidation {
  const parsed = Claim.safeParse(input);
  return parsed.success ? { ok: true, claim: parsed.data } : { ok: false, problem: describeIssues(parsed.error.issues) };
}
