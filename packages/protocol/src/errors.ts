/**
 * Every error code the Settle API answers with, and its HTTP status. Codes are stable
 * public API: clients branch on them, never on messages.
 */
export const ERROR_STATUS = {
  bad_request: 400,
  unsupported_media_type: 415,
  payload_too_large: 413,
  request_timeout: 408,
  token_missing: 401,
  token_invalid: 401,
  token_expired: 401,
  token_wrong_claim: 403,
  /** A cross-origin request from an origin not in the server's `allowedOrigins`. */
  origin_not_allowed: 403,
  identity_required: 403,
  identity_failed: 403,
  identity_locked: 429,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  claim_settled: 409,
  offer_invalid: 422,
  offer_stale: 422,
  plan_change_invalid: 422,
  /** An amount per payment below the smallest one a plan allows; `error.minimum` says what that is. */
  amount_below_minimum: 422,
  payment_invalid: 422,
  webhook_invalid: 400,
  payment_in_progress: 409,
  provider_not_enabled: 422,
  validation_failed: 422,
  consent_required: 422,
  /** A callback asked for outside the claim's callback hours, or a channel it does not offer (chat). */
  contact_unavailable: 422,
  rate_limited: 429,
  backend_failed: 502,
  backend_invalid_claim: 502,
  provider_failed: 502,
  internal: 500,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_STATUS;

export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERROR_STATUS, code);
}
