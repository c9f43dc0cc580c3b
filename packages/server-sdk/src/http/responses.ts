import type { SettleError } from '../errors.js';
import { type Answer, sortedHeaders } from './answer.js';

/** Headers on every API answer: nothing cached, nothing sniffed, no referrer carrying data away. */
export const BASE_HEADERS: Readonly<Record<string, string>> = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** Shared by every JSON answer without extra headers; frozen, so nobody changes it for the others. */
const JSON_HEADERS = sortedHeaders(BASE_HEADERS, { 'content-type': 'application/json; charset=utf-8' });

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Answer {
  return jsonText(JSON.stringify(body), status, headers);
}

/** A JSON answer from text that is already serialised JSON. */
export function jsonText(text: string, status = 200, headers: Record<string, string> = {}): Answer {
  return { status, headers: hasAny(headers) ? sortedHeaders(JSON_HEADERS, headers) : JSON_HEADERS, text };
}

export function errorAnswer(error: SettleError): Answer {
  return json(error.toEnvelope(), error.status, error.headers ?? {});
}

function hasAny(headers: Record<string, string>): boolean {
  for (const _ in headers) return true;
  return false;
}
