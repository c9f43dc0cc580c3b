import type { Claim, Outcome, SessionResponse } from '@settle/protocol';
import { arrayOf, check, isBoolean, isNumber, isObject, isString, optional, shape } from './shape.js';

/** The claim fields the first screen reads before anything else: its id, lines, total and creditor. */
const isClaim = shape({ id: isString, lines: arrayOf(() => true), total: shape({ amount: isNumber }), creditor: isObject });

/** Where the flow lands the debtor needs only the outcome's state; the outcome screen checks the rest (see outcome.ts). */
const isOutcomeState = optional(shape({ state: isString }));

/** A claim as read, with the server's outcome for it (checked here only as far as its state). */
export interface ClaimAnswer {
  claim: Claim;
  outcome?: Outcome | undefined;
}

/** GET /claims/:claimId. */
export const claimCheck = check<ClaimAnswer>('claim', shape({ claim: isClaim, outcome: isOutcomeState }));

/** POST /session and POST /identity: the session, and the claim the exchange may carry (checked as GET /claims/:claimId). */
export const sessionCheck = check<SessionResponse>(
  'session',
  shape({
    sessionToken: isString,
    claimId: isString,
    expiresAt: isNumber,
    absoluteExpiresAt: isNumber,
    identityRequired: isBoolean,
    claim: optional(isClaim),
    outcome: isOutcomeState,
    // The brand's values are checked where they become CSS (theme/presentation.ts).
    presentation: optional(shape({ brand: isObject })),
  }),
);
