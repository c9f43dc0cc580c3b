import { SettleError } from '../errors.js';

/**
 * What a creditor's operator needs to fix a provider failure (its type, code and HTTP
 * status), without the provider's message, which may echo request data.
 */
export function providerErrorSummary(error: unknown): Record<string, unknown> {
  const cause = error instanceof SettleError && error.cause !== undefined ? error.cause : error;
  if (typeof cause !== 'object' || cause === null) return { error: String(cause) };
  const { type, code, statusCode, httpStatus, issue, name } = cause as Record<string, unknown>;
  const summary = { name, type, code, status: statusCode ?? httpStatus, issue };
  return Object.fromEntries(Object.entries(summary).filter(([, value]) => value !== undefined));
}
