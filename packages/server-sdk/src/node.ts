import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { ANSWER_DIRECTLY, unreadBodyText, type Answer, type AnswersDirectly } from './http/answer.js';

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
  // `settle.handle` itself also answers without building a Response; anything else is a plain handler.
  const answerDirectly = (handle as Partial<AnswersDirectly>)[ANSWER_DIRECTLY];
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      const request = toRequest(req, options);
      const answer = answerDirectly ? await answerDirectly(request) : await fromResponse(await handle(request));
      // Head and body in one write: the SDK's answers are small JSON documents.
      res.writeHead(answer.status, answer.headers);
      res.end(answer.text ?? '');
    } catch {
      if (!res.headersSent) {
        res.statusCode = 500;
        res.setHeader('content-type', 'application/json; charset=utf-8');
      }
      res.end('{"error":{"code":"internal","message":"Something went wrong on our side."}}');
    }
  };
}

async function fromResponse(response: Response): Promise<Answer> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const text = unreadBodyText(response) ?? (response.body ? await response.text() : null);
  return { status: response.status, headers, text };
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
