import { waitUntil as waitUntilWithin } from '@open-wc/testing';

/**
 * `@open-wc/testing` as element tests import it: web-test-runner.config.mjs hands them this
 * module instead, so every test gets the same helpers with one difference. `waitUntil`
 * gives up after 10 s instead of 1 s: it still ends as soon as the state shows, but a
 * busy machine (npm run test:stress) can take more than a second to load a lazy element.
 */
export * from '@open-wc/testing';

export function waitUntil(predicate: () => unknown, message?: string, options: { interval?: number; timeout?: number } = {}): Promise<void> {
  return waitUntilWithin(predicate, message, { timeout: 10_000, ...options });
}
