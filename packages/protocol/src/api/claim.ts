import * as z from 'zod/mini';
import { Claim } from '../claim.js';

/** GET {api}/claim with `Authorization: Bearer <session token>`. */
export const ClaimResponse = z.object({ claim: Claim });
export type ClaimResponse = z.infer<typeof ClaimResponse>;
