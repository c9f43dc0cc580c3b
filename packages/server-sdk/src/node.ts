import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { unreadBodyText } from './http/responses.js';

export interface NodeHandlerOptions {
  /** Origin used to build absolute request URLs. Default: from the Host header over http. */
  origin?: string;
}

/**
 * Adapts a Web-standard handler to `node:http` (and so to Express and Fastify's raw
 * request/response). The body is streamed, not buffered, so the SDK's size limit holds.
 *
 * @example
 * http.createServer(toNodeHandler(settle.handle)).listen(3000);
 * app.use('/settle', toNodeHandler(settle.handle)); // Express: keep basePath '/settle'
 */
export function toNodeHandler(handle: (request: Request) => Promise<Response>, options: NodeHandlerOptions = {}) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      const response = await handle(toRequest(req, options));
      const headers: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        headers[name] = value;
      });
      // Head and body in one write: the SDK's answers are small JSON documents.
      const body = unreadBodyText(response) ?? (response.body ? await response.text() : '');
      res.writeHead(response.status, headers);
      res.end(body);
    } catch {
      if (!res.headersSent) {
        res.statusCode = 500;
        res.setHeader('content-type', 'application/json; charset=utf-8');
      }
      res.end('{"error":{"code":"internal","message":"Something went wrong on our side."}}');
    }
  };
}

function toRequest(req: IncomingMessage, options: NodeHandlerOptions): Request {
  // Express strips its mount path from req.url; originalUrl keeps it.
  const path = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/';
  const origin = options.origin ?? `http://${req.headers.host ?? 'localhost'}`;
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((item) => headers.append(name, item));
    else if (value !== undefined) headers.set(name, value);
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(new URL(path, origin), {
    method,
    headers,
    ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream<Uint8Array>, duplex: 'half' } : {}),
  } as RequestInit);
}
