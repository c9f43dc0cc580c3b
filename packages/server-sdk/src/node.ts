import type { IncomingMessage, ServerResponse } from 'node:http';
import { SettleError } from './errors.js';
import { ANSWER_DIRECTLY, HANDLER_LOGGER, unreadBodyText, type Answer, type AnswersDirectly } from './http/answer.js';
import { errorAnswer } from './http/responses.js';
import { toIncomingRequest, toWebRequest, type NodeHandlerOptions } from './node-request.js';

export type { NodeHandlerOptions } from './node-request.js';
import type { SettleLogger } from './options.js';

/**
 * Adapts a Web-standard handler to `node:http` (and so to Express and Fastify's raw
 * request/response). The body is streamed, not buffered, so the SDK's size limit holds.
 *
 * @example
 * http.createServer(toNodeHandler(settle.handle)).listen(3000);
 * app.use('/settle', toNodeHandler(settle.handle)); // Express: keep basePath '/settle'
 */
export function toNodeHandler(
  handle: (request: Request) => Promise<Response>,
  /** `logger`: where refused malformed requests and adapter failures are reported. Default: console. */
  options: NodeHandlerOptions & { logger?: Pick<SettleLogger, 'warn' | 'error'> } = {},
) {
  const logger = options.logger ??
    (handle as { [HANDLER_LOGGER]?: SettleLogger })[HANDLER_LOGGER] ?? {
      warn: (message: string) => console.warn(`[settle] ${message}`),
      error: (message: string) => console.error(`[settle] ${message}`),
    };
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
    } catch (error) {
      // Input node's parser let through but no Web request can carry (TRACE, a malformed Host): the client's fault, a 4xx.
      if (error instanceof SettleError && !res.headersSent) {
        logger.warn(`refused a malformed HTTP request: ${error.message}`, { method: req.method, status: error.status });
        const answer = errorAnswer(error);
        res.writeHead(answer.status, answer.headers);
        res.end(answer.text ?? '');
        return;
      }
      logger.error('the node adapter failed to answer a request', { method: req.method, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
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
