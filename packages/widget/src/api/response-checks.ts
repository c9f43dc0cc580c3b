import type { Claim, SessionResponse } from '@settle/protocol';

/** What `ApiClient` needs of a response check: a zod schema fits, and so does a small guard. */
export interface ResponseCheck<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly PropertyKey[] }[] } };
}

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null;
}

/**
 * A shape guard for answers on the first screen. The server validated these against
 * the protocol's schemas before sending them; the browser only makes sure it got the
 * contract's shape, without shipping the validation library on the critical path.
 */
function guard<T>(path: string, matches: (value: Fields) => boolean): ResponseCheck<T> {
  return {
    safeParse: (value) => (isObject(value) && matches(value) ? { success: true, data: value as T } : { success: false, error: { issues: [{ path: [path] }] } }),
  };
}

export const sessionCheck = guard<SessionResponse>(
  'session',
  (body) => typeof body.sessionToken === 'string' && typeof body.claimId === 'string' && typeof body.expiresAt === 'number' && typeof body.absoluteExpiresAt === 'number' && typeof body.identityRequired === 'boolean'
    // The claim the exchange may carry gets the same check as GET /claims/:claimId.
    && (body.claim === undefined || claimCheck.safeParse(body).success),
);

export const claimCheck = guard<{ claim: Claim }>('claim', (body) => {
  const claim = body.claim;
  return isObject(claim) && typeof claim.id === 'string' && Array.isArray(claim.lines) && isObject(claim.total) && typeof claim.total.amount === 'number' && isObject(claim.creditor);
});

/** The error envelope's code and message, when the body is one. */
export function readErrorEnvelope(body: unknown): { code: string; message: string } | undefined {
  if (!isObject(body) || !isObject(body.error)) return undefined;
  const { code, message } = body.error;
  return typeof code === 'string' && typeof message === 'string' ? { code, message } : undefined;
}
