import type { IncomingMessage, ServerResponse } from 'node:http';
import { ANSWER_DIRECTLY, unreadBodyText, type Answer, type AnswersDirectly } from './http/answer.js';
import { toIncomingRequest, toWebRequest, type NodeHandlerOptions } from './node-request.js';

export type { NodeHandlerOptions } from './node-request.js';

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
      let answer: Answer;
      if (answerDirectly) {
        const { request, pathname } = toIncomingRequest(req, options);
        answer = await answerDirectly(request, pathname);
      } else {
        answer = await fromResponse(await handle(toWebRequest(req, options)));
      }
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
