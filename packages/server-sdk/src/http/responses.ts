import { SettleError } from '../errors.js';

/** Headers on every API answer: nothing cached, nothing sniffed, no referrer carrying data away. */
export const BASE_HEADERS: Readonly<Record<string, string>> = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return jsonText(JSON.stringify(body), status, headers);
}

/**
 * The text of each answer built here, so the node:http adapter can write it as is
 * instead of reading it back through the Response's stream (a third of its time).
 */
const bodyTexts = new WeakMap<Response, string>();

/** The body an answer was built from, if `jsonText` built it and nobody has read it. */
export function unreadBodyText(response: Response): string | undefined {
  return response.bodyUsed ? undefined : bodyTexts.get(response);
}

/** A JSON answer from text that is already serialised JSON. */
export function jsonText(text: string, status = 200, headers: Record<string, string> = {}): Response {
  const response = new Response(text, {
    status,
    headers: { ...BASE_HEADERS, 'content-type': 'application/json; charset=utf-8', ...headers },
  });
  bodyTexts.set(response, text);
  return response;
}

export function errorResponse(error: SettleError): Response {
  return json(error.toEnvelope(), error.status, error.headers ?? {});
}
