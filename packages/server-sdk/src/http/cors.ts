import { sortedHeaders, type Answer } from './answer.js';

/**
 * CORS for portals that host the widget on another origin than the API. Only listed
 * origins get an answer; credentials are never allowed since tokens travel in headers.
 */
export function corsHeaders(origin: string | null, allowedOrigins: readonly string[]): Record<string, string> {
  if (!origin || !allowedOrigins.includes(origin)) return {};
  return { 'access-control-allow-origin': origin, vary: 'Origin' };
}

export function preflightAnswer(origin: string | null, allowedOrigins: readonly string[]): Answer {
  const headers = corsHeaders(origin, allowedOrigins);
  if (!headers['access-control-allow-origin']) return { status: 403, headers: {}, text: null };
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
