import type { IncomingRequest } from './incoming.js';

/**
 * An answer as the SDK builds it: a status, lowercase header names in the order a
 * `Headers` object lists them (sorted), and the body text or none. `handle()` turns it
 * into a Web `Response`; the node:http adapter writes it as is, so a read does not pay
 * for a Response and its body stream that nobody else would look at.
 */
export interface Answer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly text: string | null;
}

/** Header names lowercased and sorted, later names winning, as `new Headers()` would list them. */
export function sortedHeaders(...sources: Readonly<Record<string, string>>[]): Readonly<Record<string, string>> {
  const merged = new Map<string, string>();
  for (const source of sources) {
    for (const [name, value] of Object.entries(source)) merged.set(name.toLowerCase(), value);
  }
  return Object.freeze(Object.fromEntries([...merged].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
}

/**
 * The text of each Response built here, so the node:http adapter can write it as is
 * when it is handed a Response (a wrapped `settle.handle`) instead of reading it back
 * through the Response's stream.
 */
const bodyTexts = new WeakMap<Response, string>();

export function toResponse(answer: Answer): Response {
  const response = new Response(answer.text, { status: answer.status, headers: answer.headers });
  if (answer.text !== null) bodyTexts.set(response, answer.text);
  return response;
}

/** The body a Response was built from, if `toResponse` built it and nobody has read it. */
export function unreadBodyText(response: Response): string | undefined {
  return response.bodyUsed ? undefined : bodyTexts.get(response);
}

/**
 * The core of `settle.handle`, attached to it under this key: the node:http adapter finds
 * it there and takes the answer without a Request or Response in between. `pathname` is
 * the request URL's, already resolved.
 */
export const ANSWER_DIRECTLY = Symbol('settle.answerDirectly');

/** The handler's logger, so the node adapter reports what it refuses where the SDK reports the rest. */
export const HANDLER_LOGGER = Symbol('settle.logger');

export type AnswersDirectly = { [ANSWER_DIRECTLY]: (request: IncomingRequest, pathname: string) => Promise<Answer> };
