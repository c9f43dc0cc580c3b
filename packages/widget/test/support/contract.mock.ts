/**
 * Helpers for the response checks' tests: an answer goes through `ApiClient` exactly as a
 * server's 200 answer would, and the protocol's zod schema (what the server validates
 * against) says whether the answer follows the contract at all.
 */
import { expect } from '@open-wc/testing';
import { ApiError } from '../../src/api/api-error.js';
import { ApiClient } from '../../src/api/client.js';
import type { ResponseCheck } from '../../src/api/checks/shape.js';

/** The protocol's schema for the same answer. */
export interface ContractSchema {
  safeParse(value: unknown): { success: boolean };
}

/** Answers `body` to one request checked with `check`, after a session was started. */
async function answer<T>(check: ResponseCheck<T>, body: unknown): Promise<T> {
  const now = Date.now();
  const session = { sessionToken: 'session-1', claimId: 'clm_de_1001', expiresAt: now + 600_000, absoluteExpiresAt: now + 3_600_000, identityRequired: false };
  const fetch = async (input: RequestInfo | URL): Promise<Response> => Response.json(String(input).endsWith('/session') ? session : body);
  const client = new ApiClient({ api: '/settle-test', fetch });
  await client.startSession('link-1');
  return client.request('GET', '/answer', { schema: check });
}

/** The answer follows the contract, and the check hands it to the element unchanged. */
export async function expectAccepted<T>(check: ResponseCheck<T>, schema: ContractSchema, body: unknown): Promise<void> {
  expect(schema.safeParse(body).success, 'the well-formed answer follows the contract').to.equal(true);
  expect(await answer(check, body)).to.deep.equal(body);
}

/** The answer breaks the contract, and the client refuses it as `invalid_response` instead of handing it on. */
export async function expectRefused<T>(check: ResponseCheck<T>, schema: ContractSchema, body: unknown): Promise<void> {
  expect(schema.safeParse(body).success, 'the malformed answer breaks the contract').to.equal(false);
  const error = await answer(check, body).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error, 'the answer was refused').to.be.instanceOf(ApiError);
  expect((error as ApiError).code).to.equal('invalid_response');
}

/**
 * A deep copy of `value` with the field at `path` set to `to`, or removed when `to` is not
 * given. Throws when the path does not lead to an existing field, so a typo cannot make a
 * test pass by breaking nothing.
 */
export function edited(value: unknown, path: readonly (string | number)[], ...to: [unknown?]): unknown {
  const copy: unknown = structuredClone(value);
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key];
  const last = path.at(-1);
  if (last === undefined || typeof parent !== 'object' || parent === null || !(last in parent)) {
    throw new Error(`no field at ${path.join('.')}`);
  }
  const fields = parent as Record<string | number, unknown>;
  if (to.length === 0) delete fields[last];
  else fields[last] = to[0];
  return copy;
}
