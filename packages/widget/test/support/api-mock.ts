import { ROUTES, type Claim, type ErrorCode, type Outcome, type Presentation, type SessionResponse } from '@settle/protocol';
import { delay, http, HttpResponse, type RequestHandler } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';

/** Where element tests point their `api` attribute; same origin, so the worker sees every call. */
export const TEST_API = '/settle-test';

let worker: SetupWorker | undefined;

/** Starts msw's service worker once per test file; handlers are replaced per test. */
export async function startApiMock(): Promise<SetupWorker> {
  if (!worker) {
    worker = setupWorker();
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } });
  }
  return worker;
}

export function errorBody(code: ErrorCode, message = 'test error'): { error: { code: string; message: string } } {
  return { error: { code, message } };
}

export interface ClaimApiOptions {
  claim: Claim;
  /** The server's outcome for the claim, sent with it. */
  outcome?: Outcome;
  /** Answer the claim request with this error instead (status from the code). */
  claimError?: { code: ErrorCode; status: number };
  /** Answer POST /session with this error instead. */
  sessionError?: { code: ErrorCode; status: number };
  /** Delay every answer, e.g. to observe the loading state. */
  delayMs?: number | 'infinite';
  api?: string;
  /** The claim's presentation, sent with the session. */
  presentation?: Presentation;
}

/** Records what the mocked API received, so tests can assert on it. */
export interface ApiCalls {
  sessionTokens: string[];
  claimAuthorizations: Array<string | null>;
}

/** Handlers for POST /session and GET /claims/:claimId, answering with the typed fixture. */
export function claimApi(options: ClaimApiOptions, calls: ApiCalls = { sessionTokens: [], claimAuthorizations: [] }): RequestHandler[] {
  const api = options.api ?? TEST_API;
  const wait = async () => {
    if (options.delayMs !== undefined) await delay(options.delayMs);
  };
  return [
    http.post(`${api}${ROUTES.session}`, async ({ request }) => {
      await wait();
      const { token } = (await request.json()) as { token: string };
      calls.sessionTokens.push(token);
      if (options.sessionError) return HttpResponse.json(errorBody(options.sessionError.code), { status: options.sessionError.status });
      const now = Date.now();
      const session: SessionResponse = {
        sessionToken: `session-for-${token}`,
        claimId: options.claim.id,
        expiresAt: now + 15 * 60_000,
        absoluteExpiresAt: now + 60 * 60_000,
        identityRequired: false,
        ...(options.presentation ? { presentation: options.presentation } : {}),
      };
      return HttpResponse.json(session);
    }),
    http.get(`${api}${ROUTES.claim}`, async ({ request, params }) => {
      await wait();
      calls.claimAuthorizations.push(request.headers.get('authorization'));
      if (options.claimError) return HttpResponse.json(errorBody(options.claimError.code), { status: options.claimError.status });
      if (params.claimId !== options.claim.id) return HttpResponse.json(errorBody('token_wrong_claim'), { status: 403 });
      return HttpResponse.json({ claim: options.claim, ...(options.outcome ? { outcome: options.outcome } : {}) });
    }),
  ];
}

/** Starts the worker and installs `handlers` for the current test only. */
export async function useApi(...handlers: RequestHandler[]): Promise<SetupWorker> {
  const mock = await startApiMock();
  mock.resetHandlers(...handlers);
  return mock;
}
