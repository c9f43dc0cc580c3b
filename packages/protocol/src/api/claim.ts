import * as z from 'zod/mini';
import { Claim } from '../claim.js';
import { Outcome } from './outcome.js';
import { Presentation } from './session.js';

/** GET {api}/claim with `Authorization: Bearer <session token>`. */
export const ClaimResponse = z.object({
  claim: Claim,
  /** The claim's debtor-facing state, decided by the server (see `Outcome`). */
  outcome: Outcome,
  /** The claim's brand, colour scheme, locale and texts (see `Presentation`). */
  presentation: z.optional(Presentation),
});
export type ClaimResponse = z.infer<typeof ClaimResponse>;
