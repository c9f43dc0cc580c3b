import { SettleError } from '../errors.js';
import { sortedHeaders, type Answer } from './answer.js';
import { errorAnswer } from './responses.js';

/**
 * CORS for portals that host the widget on another origin than the API. Only listed
 * origins get an answer; credentials are never allowed since tokens travel in headers.
 */
export function corsHeaders(origin: string | null, allowedOrigins: readonly string[]): Record<string, string> {
  if (!origin || !allowedOrigins.includes(origin)) return {};
  return { 'access-control-allow-origin': origin, vary: 'Origin' };
}

/** A refused preflight is logged with its cause, and its body says what to check (browsers hide it from pages, not from devtools). */
export function preflightAnswer(origin: string | null, allowedOrigins: readonly string[], logger: { warn(message: string, context?: Record<string, unknown>): void }): Answer {
  const headers = corsHeaders(origin, allowedOrigins);
  if (!headers['access-control-allow-origin']) {
    const cause = origin ? `the origin ${origin} is not in allowedOrigins` : 'the request has no Origin header';
    logger.warn(`CORS preflight refused: ${cause}`, { origin, allowedOrigins: [...allowedOrigins] });
    return errorAnswer(new SettleError('origin_not_allowed', `Cross-origin request refused: ${cause}. Add the page's exact origin (scheme://host[:port]) to createSettle({ allowedOrigins }).`));
  }
  return {
    status: 204,
    headers: sortedHeaders(headers, {
      'access-control-allow-methods': 'GET, POST, OPTIONS',
      'access-control-allow-headers': 'authorization, content-type, idempotency-key',
      'access-control-max-age': '600',
    }),
    text: null,
  };
}
