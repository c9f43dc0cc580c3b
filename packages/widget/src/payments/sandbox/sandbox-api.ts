import { ROUTES, routePath, type SandboxAuthorizeResponse } from '@settle/protocol';
import { isString, oneOf, optional, shape } from '../../api/checks/shape.js';
import { apiUrl, resolveApiBase } from '../../api/client.js';

const SANDBOX_OUTCOMES: SandboxAuthorizeResponse['status'][] = ['succeeded', 'failed', 'requires_action'];

/** The sandbox provider's answer: the outcome the wallet sheet shows next, and why a decline happened. */
const isSandboxAuthorizeResponse = shape({ status: oneOf(SANDBOX_OUTCOMES), failureReason: optional(isString) });

/** The sandbox sheet's call to the sandbox provider, as a provider frame calls its own servers. */
export async function authorizeSandboxPayment(input: {
  api: string;
  reference: string;
  clientSecret: string;
  scenario: string;
  challenge?: 'pass' | 'fail' | undefined;
  fetch?: typeof fetch | undefined;
}): Promise<SandboxAuthorizeResponse> {
  const url = apiUrl(resolveApiBase(input.api), routePath(ROUTES.sandboxAuthorize, { reference: input.reference }));
  const response = await (input.fetch ?? fetch)(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ clientSecret: input.clientSecret, scenario: input.scenario, ...(input.challenge ? { challenge: input.challenge } : {}) }),
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
  });
  if (!response.ok) throw new Error(`The sandbox provider answered ${response.status}.`);
  const body: unknown = await response.json();
  if (!isSandboxAuthorizeResponse(body)) throw new Error('The sandbox provider answered something unexpected.');
  return body as SandboxAuthorizeResponse;
}
