import type { SettleContext } from './context.js';
import { SettleError } from './errors.js';
import { ANSWER_DIRECTLY, HANDLER_LOGGER, sortedHeaders, toResponse, type Answer, type AnswersDirectly } from './http/answer.js';
import { corsHeaders, preflightAnswer } from './http/cors.js';
import { UNSUPPORTED_METHODS, type IncomingRequest } from './http/incoming.js';
import { notFound } from './http/not-found.js';
import { withBodyDeadline } from './http/request-body.js';
import { errorAnswer } from './http/responses.js';
import { SERVED_ROUTES, type Router } from './http/router.js';

/**
 * Turns the router into a Web-standard `Request -> Response` handler: strips the mount
 * path, answers CORS, and maps every failure to a typed error envelope. An unexpected
 * exception becomes a 500 with a code; its details stay in the server log.
 */
export function createHandler(router: Router, context: SettleContext): ((request: Request) => Promise<Response>) & AnswersDirectly {
  const { basePath, allowedOrigins, logger, bodyTimeoutMs } = context.options;
  const prefix = basePath.replace(/\/+$/, '');

  const answer = async (request: IncomingRequest, pathname: string): Promise<Answer> => {
    const origin = request.headers.get('origin');
    if (prefix && pathname !== prefix && !pathname.startsWith(`${prefix}/`)) {
      return withCors(errorAnswer(notFound({ prefix, pathname, method: request.method, router })), origin);
    }
    const path = pathname.slice(prefix.length) || '/';
    if (request.method === 'OPTIONS') return preflightAnswer(origin, allowedOrigins, logger);
    if (UNSUPPORTED_METHODS.has(request.method.toUpperCase())) {
      logger.warn(`refused a malformed HTTP request: the ${request.method} method is not supported`, { method: request.method });
      return withCors(errorAnswer(new SettleError('method_not_allowed', `The ${request.method} method is not supported.`)), origin);
    }

    let answered: Answer;
    try {
      const match = router.match(request.method, path);
      if (!match) throw notFound({ prefix, pathname, method: request.method, router });
      if ('allowed' in match) {
        throw new SettleError('method_not_allowed', `Use ${match.allowed.join(' or ')}.`, { headers: { allow: match.allowed.join(', ') } });
      }
      answered = await match.handler(withBodyDeadline(request, bodyTimeoutMs), match.params);
    } catch (error) {
      answered = errorAnswer(toSettleError(error, logger));
    }
    return withCors(answered, origin);
  };

  const handle = async (request: Request): Promise<Response> => {
    let pathname: string;
    try {
      pathname = new URL(request.url).pathname;
    } catch {
      // Only a Request-like object from a framework can carry a URL no Request would.
      logger.warn('refused a malformed HTTP request: its URL does not parse', { method: request.method });
      return toResponse(errorAnswer(new SettleError('bad_request', 'The request target is not a valid URL.')));
    }
    return toResponse(await answer(request, pathname));
  };
  return Object.assign(handle, { [ANSWER_DIRECTLY]: answer, [HANDLER_LOGGER]: logger, [SERVED_ROUTES]: router.served() });

  function withCors(answered: Answer, origin: string | null): Answer {
    const cors = corsHeaders(origin, allowedOrigins);
    if (!cors['access-control-allow-origin']) return answered;
    return { ...answered, headers: sortedHeaders(answered.headers, cors) };
  }
}

function toSettleError(error: unknown, logger: SettleContext['options']['logger']): SettleError {
  if (error instanceof SettleError) return error;
  logger.error('unexpected error in a Settle route', { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  return new SettleError('internal', 'Something went wrong on our side. Please try again.', { cause: error });
}
