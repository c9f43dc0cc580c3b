import type { SettleContext } from './context.js';
import { SettleError } from './errors.js';
import { corsHeaders, preflightResponse } from './http/cors.js';
import { withBodyDeadline } from './http/request-body.js';
import { errorResponse } from './http/responses.js';
import type { Router } from './http/router.js';

/**
 * Turns the router into a Web-standard `Request -> Response` handler: strips the mount
 * path, answers CORS, and maps every failure to a typed error envelope. An unexpected
 * exception becomes a 500 with a code; its details stay in the server log.
 */
export function createHandler(router: Router, context: SettleContext): (request: Request) => Promise<Response> {
  const { basePath, allowedOrigins, logger, bodyTimeoutMs } = context.options;
  const prefix = basePath.replace(/\/+$/, '');

  return async (request) => {
    const origin = request.headers.get('origin');
    const url = new URL(request.url);
    if (prefix && url.pathname !== prefix && !url.pathname.startsWith(`${prefix}/`)) {
      return withCors(errorResponse(new SettleError('not_found', 'Not found.')), origin);
    }
    const path = url.pathname.slice(prefix.length) || '/';
    if (request.method === 'OPTIONS') return preflightResponse(origin, allowedOrigins);

    let response: Response;
    try {
      const match = router.match(request.method, path);
      if (!match) throw new SettleError('not_found', 'Not found.');
      if ('allowed' in match) {
        throw new SettleError('method_not_allowed', `Use ${match.allowed.join(' or ')}.`, { headers: { allow: match.allowed.join(', ') } });
      }
      response = await match.handler(withBodyDeadline(request, bodyTimeoutMs), match.params);
    } catch (error) {
      response = errorResponse(toSettleError(error, logger));
    }
    return withCors(response, origin);
  };

  function withCors(response: Response, origin: string | null): Response {
    for (const [name, value] of Object.entries(corsHeaders(origin, allowedOrigins))) response.headers.set(name, value);
    return response;
  }
}

function toSettleError(error: unknown, logger: SettleContext['options']['logger']): SettleError {
  if (error instanceof SettleError) return error;
  logger.error('unexpected error in a Settle route', { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  return new SettleError('internal', 'Something went wrong on our side. Please try again.', { cause: error });
}
