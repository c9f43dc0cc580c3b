import * as z from 'zod/mini';
import { Claim } from '../claim.js';
import { Outcome } from './outcome.js';

/** GET {api}/claim with `Authorization: Bearer <session token>`. */
export const ClaimResponse = z.object({
  claim: Claim,
  /** The claim's debtor-facing state, decided by the server (see `Outcome`). */
  outcome: Outcome,
});
export type ClaimResponse = z.infer<typeof ClaimResponse>;
