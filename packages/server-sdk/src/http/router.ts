import { API_ROUTES, type RouteName, type RouteParams } from '@settle/protocol';
import type { Answer } from './answer.js';
import type { IncomingRequest } from './incoming.js';

/** A route handler receives the request and the named path parameters of its route. */
export type RouteHandler<Name extends RouteName = RouteName> = (request: IncomingRequest, params: RouteParams<Name>) => Promise<Answer>;

/** A handler as the router calls it, with the params it matched. */
type MatchedHandler = (request: IncomingRequest, params: Record<string, string>) => Promise<Answer>;

interface Route {
  name: RouteName;
  method: string;
  segments: string[];
  handler: MatchedHandler;
}

export type RouteMatch = { handler: MatchedHandler; params: Record<string, string> } | { allowed: string[] } | null;

/** Where the handler lists the routes it serves, for tests that hold them against the contract's documents. */
export const SERVED_ROUTES = Symbol('settle.servedRoutes');

/** A served route: its contract name, method and path. */
export interface ServedRoute {
  name: RouteName;
  method: string;
  path: string;
}

/**
 * A minimal method + path router over the contract: a route is added by its name in
 * `API_ROUTES`, which gives its method and path; `:name` segments capture one path segment.
 */
export class Router {
  private readonly routes: Route[] = [];

  add<Name extends RouteName>(name: Name, handler: RouteHandler<Name>): this {
    const { method, path } = API_ROUTES[name];
    // Params are matched from the route's own path, so they are exactly RouteParams<Name>.
    this.routes.push({ name, method, segments: split(path), handler: handler as MatchedHandler });
    return this;
  }

  /** The handler for a path, or the allowed methods when only the method is wrong, or null. */
  match(method: string, path: string): RouteMatch {
    const parts = split(path);
    const allowed: string[] = [];
    for (const route of this.routes) {
      const params = matchSegments(route.segments, parts);
      if (!params) continue;
      if (route.method === method) return { handler: route.handler, params };
      allowed.push(route.method);
    }
    return allowed.length > 0 ? { allowed } : null;
  }

  /** Every route this router serves, in the order added. */
  served(): ServedRoute[] {
    return this.routes.map(({ name, method }) => ({ name, method, path: API_ROUTES[name].path }));
  }
}

function split(path: string): string[] {
  return path.split('/').filter(Boolean);
}

function matchSegments(pattern: string[], parts: string[]): Record<string, string> | null {
  if (pattern.length !== parts.length) return null;
  const params: Record<string, string> = {};
  for (const [index, segment] of pattern.entries()) {
    const part = parts[index] as string;
    if (segment.startsWith(':')) {
      let decoded: string;
      try {
        decoded = decodeURIComponent(part);
      } catch {
        return null;
      }
      params[segment.slice(1)] = decoded;
    } else if (segment !== part) {
      return null;
    }
  }
  return params;
}
