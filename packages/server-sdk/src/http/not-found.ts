import { SettleError } from '../errors.js';
import type { Router } from './router.js';

/**
 * A 404 that helps whoever set up the mount: a path outside `basePath`, or one that would
 * match with its first segment dropped (a mount prefix the handler was not told about).
 */
export function notFound(input: { prefix: string; pathname: string; method: string; router: Router }): SettleError {
  const { prefix, pathname, method, router } = input;
  if (prefix && pathname !== prefix && !pathname.startsWith(`${prefix}/`)) {
    return new SettleError('not_found', `Not found. This Settle API is mounted under basePath "${prefix}"; ${pathname} is outside it.`);
  }
  const path = pathname.slice(prefix.length);
  const dropped = path.replace(/^\/[^/]+/, '');
  if (dropped && router.match(method, dropped)) {
    const mount = path.slice(0, path.length - dropped.length);
    return new SettleError('not_found', `Not found. ${pathname} would be a Settle route under "${prefix}${mount}": check basePath (now "${prefix}") against where the handler is mounted.`);
  }
  return new SettleError('not_found', 'Not found.');
}
