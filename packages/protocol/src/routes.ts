import { API_ROUTES, type RouteName } from './contract/routes.js';

/** Paths under the creditor's Settle mount point (e.g. https://pay.creditor.example/settle), from `API_ROUTES`. */
export const ROUTES = Object.fromEntries(Object.entries(API_ROUTES).map(([name, route]) => [name, route.path])) as {
  readonly [Name in RouteName]: (typeof API_ROUTES)[Name]['path'];
};

/** Fills `:name` segments of a route with URL-encoded values. */
export function routePath(pattern: string, params: Record<string, string> = {}): string {
  return pattern.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new TypeError(`routePath: missing ${name} for ${pattern}`);
    return encodeURIComponent(value);
  });
}
