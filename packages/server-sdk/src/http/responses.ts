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

/** A JSON answer from text that is already serialised JSON. */
export function jsonText(text: string, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(text, {
    status,
    headers: { ...BASE_HEADERS, 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

export function errorResponse(error: SettleError): Response {
  return json(error.toEnvelope(), error.status, error.headers ?? {});
}
