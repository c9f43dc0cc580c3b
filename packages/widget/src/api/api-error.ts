import type { ErrorCode } from '@settle/protocol';

/**
 * Codes the browser can meet: the server's stable codes, plus what only a client sees
 * (the network failed, the server was too slow, or its answer did not match the contract).
 */
export type ApiErrorCode = ErrorCode | 'network' | 'timeout' | 'invalid_response' | 'unknown';

/** A failed Settle API call. Elements branch on `code`; `message` is never shown raw to debtors. */
export class ApiError extends Error {
  override name = 'ApiError';

  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly status = 0,
    options: { cause?: unknown } = {},
  ) {
    super(message, options);
  }

  /** Worth another try as is: the network, a timeout or a server-side failure. */
  get retryable(): boolean {
    return this.code === 'network' || this.code === 'timeout' || this.code === 'rate_limited' || this.status >= 500;
  }
}

/** True for the abort a caller asked for, which is not an error to show. */
export function isAbort(error: unknown, signal?: AbortSignal): boolean {
  return signal?.aborted === true || (error instanceof DOMException && error.name === 'AbortError');
}
