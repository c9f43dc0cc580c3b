/** The header access Settle needs; a `Headers` object has it. */
export interface RequestHeaders {
  get(name: string): string | null;
  forEach(callback: (value: string, name: string) => void): void;
}

/**
 * The parts of a request Settle's routes read. A Web `Request` is one as it is; the
 * node:http adapter builds one straight from node's request, without the Request,
 * Headers, URL and AbortSignal a Web request costs on every call.
 */
export interface IncomingRequest {
  readonly method: string;
  readonly headers: RequestHeaders;
  readonly body: ReadableStream<Uint8Array> | null;
}

/** The headers as a real `Headers` object, for code written against the Web API (payment providers). */
export function toHeaders(headers: RequestHeaders): Headers {
  if (headers instanceof Headers) return headers;
  const copy = new Headers();
  headers.forEach((value, name) => {
    copy.append(name, value);
  });
  return copy;
}

/** Methods no route takes and `new Request()` refuses (a Request-like object or node's parser may still carry them). */
export const UNSUPPORTED_METHODS: ReadonlySet<string> = new Set(['CONNECT', 'TRACE', 'TRACK']);
