import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import type { IncomingRequest, RequestHeaders } from './http/incoming.js';

export interface NodeHandlerOptions {
  /** Origin used to build absolute request URLs. Default: from the Host header over http. */
  origin?: string;
}

/** node's request as a Web `Request`, for a handler that takes one. */
export function toWebRequest(req: IncomingMessage, options: NodeHandlerOptions): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((item) => headers.append(name, item));
    else if (value !== undefined) headers.set(name, value);
  }
  const method = req.method ?? 'GET';
  return new Request(requestUrl(req, options), {
    method,
    headers,
    ...(hasBody(method) ? { body: Readable.toWeb(req) as ReadableStream<Uint8Array>, duplex: 'half' } : {}),
  } as RequestInit);
}

/**
 * node's request as Settle's routes read it, with its URL's pathname, without building
 * a Web Request. It refuses what `toWebRequest` would refuse (a method or URL `new
 * Request()` rejects, a header `Headers` rejects), so both ways answer the same.
 */
export function toIncomingRequest(req: IncomingMessage, options: NodeHandlerOptions): { request: IncomingRequest; pathname: string } {
  const method = req.method ?? 'GET';
  if (FORBIDDEN_METHODS.has(method.toUpperCase())) throw new TypeError(`'${method}' HTTP method is unsupported.`);
  const url = requestUrl(req, options);
  if (url.username || url.password) throw new TypeError('Request cannot be constructed from a URL that includes credentials');
  const request: IncomingRequest = {
    method,
    headers: new NodeHeaders(req.headers),
    body: hasBody(method) ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : null,
  };
  return { request, pathname: url.pathname };
}

function requestUrl(req: IncomingMessage, options: NodeHandlerOptions): URL {
  // Express strips its mount path from req.url; originalUrl keeps it.
  const path = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/';
  return new URL(path, options.origin ?? `http://${req.headers.host ?? 'localhost'}`);
}

function hasBody(method: string): boolean {
  return method !== 'GET' && method !== 'HEAD';
}

/** Methods `new Request()` refuses outright. */
const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);
/**
 * What `Headers` refuses in a value. node's parser already refuses it, unless the server
 * runs with `insecureHTTPParser`, which lets a NUL through; names are always tokens.
 */
const BAD_HEADER_VALUE = /[\0\r\n]/;

/**
 * Reads node's parsed headers the way `Headers` would answer for them: node already
 * lowercases names, trims values and joins repeated ones, so a look-up is a property read.
 */
class NodeHeaders implements RequestHeaders {
  constructor(private readonly headers: IncomingHttpHeaders) {
    for (const name in headers) {
      const value = headers[name];
      const values = Array.isArray(value) ? value : [value ?? ''];
      if (values.some((item) => BAD_HEADER_VALUE.test(item))) throw new TypeError(`Invalid header value: ${name}`);
    }
  }

  get(name: string): string | null {
    const value = this.headers[name.toLowerCase()];
    if (typeof value === 'string') return value;
    return Array.isArray(value) ? value.join(', ') : null;
  }

  forEach(callback: (value: string, name: string) => void): void {
    for (const name in this.headers) {
      const value = this.get(name);
      if (value !== null) callback(value, name);
    }
  }
}
