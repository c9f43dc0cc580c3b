import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { SettleError } from './errors.js';
import { UNSUPPORTED_METHODS, type IncomingRequest, type RequestHeaders } from './http/incoming.js';

export interface NodeHandlerOptions {
  /** Origin used to build absolute request URLs. Default: from the Host header over http. */
  origin?: string;
}

/** node's request as a Web `Request`, for a handler that takes one. */
export function toWebRequest(req: IncomingMessage, options: NodeHandlerOptions): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    try {
      if (Array.isArray(value)) for (const item of value) headers.append(name, item);
      else if (value !== undefined) headers.set(name, value);
    } catch (error) {
      throw new SettleError('bad_request', badHeaderMessage(name), { cause: error });
    }
  }
  const method = checkedMethod(req);
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
  const method = checkedMethod(req);
  const url = requestUrl(req, options);
  const request: IncomingRequest = {
    method,
    headers: new NodeHeaders(req.headers),
    body: hasBody(method) ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : null,
  };
  return { request, pathname: url.pathname };
}

/** TRACE, TRACK and CONNECT: no route takes them, and `new Request()` refuses them. */
function checkedMethod(req: IncomingMessage): string {
  const method = req.method ?? 'GET';
  if (UNSUPPORTED_METHODS.has(method.toUpperCase())) throw new SettleError('method_not_allowed', `The ${method} method is not supported.`);
  return method;
}

/** A host name, IPv4 or [IPv6] literal, and an optional port: nothing else (no credentials, no path). */
const HOST = /^(?:[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?(?:\.[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?)*\.?|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

function requestUrl(req: IncomingMessage, options: NodeHandlerOptions): URL {
  // Express strips its mount path from req.url; originalUrl keeps it.
  const path = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/';
  const host = req.headers.host;
  if (!options.origin && host !== undefined && !HOST.test(host)) throw new SettleError('bad_request', 'The Host header is empty or malformed.');
  try {
    return new URL(path, options.origin ?? `http://${host ?? 'localhost'}`);
  } catch (error) {
    throw new SettleError('bad_request', 'The request target is not a valid URL.', { cause: error });
  }
}

function hasBody(method: string): boolean {
  return method !== 'GET' && method !== 'HEAD';
}

/**
 * What `Headers` refuses in a value. node's parser already refuses it, unless the server
 * runs with `insecureHTTPParser`, which lets a NUL through; names are always tokens.
 */
const BAD_HEADER_VALUE = /[\0\r\n]/;

const badHeaderMessage = (name: string) => `The ${name} header holds a character no header may hold.`;

/**
 * Reads node's parsed headers the way `Headers` would answer for them: node already
 * lowercases names, trims values and joins repeated ones, so a look-up is a property read.
 */
class NodeHeaders implements RequestHeaders {
  constructor(private readonly headers: IncomingHttpHeaders) {
    for (const name in headers) {
      const value = headers[name];
      const values = Array.isArray(value) ? value : [value ?? ''];
      if (values.some((item) => BAD_HEADER_VALUE.test(item))) throw new SettleError('bad_request', badHeaderMessage(name));
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
