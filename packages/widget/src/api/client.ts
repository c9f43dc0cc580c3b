import { API_ROUTES, ROUTES, isErrorCode, routePath, type Claim, type RouteParams, type RouteRequest, type SessionResponse } from '@settle/protocol';
import { ApiError, isAbort } from './api-error.js';
import { claimCheck, sessionCheck, type ClaimAnswer } from './checks/session.js';
import type { AnswerOf, CheckedRoute, RouteChecks } from './checks/index.js';
import type { ResponseCheck } from './checks/shape.js';
import { readErrorEnvelope } from './error-envelope.js';

export interface ApiClientOptions {
  /** Base URL of the creditor's Settle mount point, absolute or relative to the page. */
  api: string;
  /** Milliseconds before a request counts as failed with code `timeout`. */
  timeoutMs?: number;
  /** Renew the session this long before it expires. */
  renewBeforeMs?: number;
  fetch?: typeof fetch;
  now?: () => number;
}

interface RequestOptions<T> {
  body?: unknown;
  /** A shape check (see checks/); the answer is refused as `invalid_response` when it fails. */
  schema?: ResponseCheck<T>;
  signal?: AbortSignal | undefined;
  /** Sent as `Idempotency-Key` so a retried POST changes nothing twice. */
  idempotencyKey?: string;
  /** Lets the request finish after the page closes (a small report). */
  keepalive?: boolean;
}

export interface CallOptions<Name extends CheckedRoute, Check extends RouteChecks[Name]> {
  /** The route's shape check, one of those checks/index.ts names for it. */
  check: Check;
  /** Values for the route's `:name` path segments. */
  params?: RouteParams<Name>;
  signal?: AbortSignal | undefined;
  idempotencyKey?: string;
}

/** Refuses anything but http(s) for the API base, so configuration cannot point at `javascript:`. */
export function resolveApiBase(api: string, base = document.baseURI): URL {
  const url = new URL(api, base);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ApiError('bad_request', 'The api attribute must be an http(s) URL.');
  }
  url.pathname = url.pathname.replace(/\/+$/, '');
  return url;
}

/** `path` under the API base. A root mount keeps its `/`, which must not turn `/session` into `//session` (another host). */
export const apiUrl = (base: URL, path: string): URL => new URL(base.pathname.replace(/\/$/, '') + path, base);

/**
 * Talks to the Settle API for one claim: exchanges a link (or session) token at
 * POST /session, renews the session before it runs out, and sends authorized JSON
 * requests with a timeout, an AbortSignal and typed errors.
 */
export class ApiClient {
  readonly base: URL;
  private readonly timeoutMs: number;
  private readonly renewBeforeMs: number;
  private readonly fetchImpl: typeof fetch;
  private readonly now: () => number;
  private current: SessionResponse | undefined;
  private renewal: Promise<SessionResponse> | undefined;

  constructor(options: ApiClientOptions) {
    this.base = resolveApiBase(options.api);
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.renewBeforeMs = options.renewBeforeMs ?? 60_000;
    this.fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
    this.now = options.now ?? Date.now;
  }

  /** The current session, once `startSession` succeeded. */
  get session(): SessionResponse | undefined {
    return this.current;
  }

  /** Exchanges a link token, or renews a session token, for a fresh session. */
  async startSession(token: string, signal?: AbortSignal): Promise<SessionResponse> {
    const session = await this.send('POST', ROUTES.session, { body: { token }, schema: sessionCheck, signal }, false);
    this.current = session;
    return session;
  }

  async getClaim(signal?: AbortSignal): Promise<Claim> {
    return (await this.getClaimAnswer(signal)).claim;
  }

  /** GET /claims/:claimId: the claim and the server's outcome for it. */
  async getClaimAnswer(signal?: AbortSignal): Promise<ClaimAnswer> {
    const session = await this.freshSession(signal);
    return this.send('GET', routePath(ROUTES.claim, { claimId: session.claimId }), { schema: claimCheck, signal }, true);
  }

  /** Calls a route by its contract name: method and path from `API_ROUTES`, the body typed by the contract. */
  call<Name extends CheckedRoute, Check extends RouteChecks[Name]>(name: Name, body: RouteRequest<Name>, options: CallOptions<Name, Check>): Promise<AnswerOf<Check>> {
    const { method, path } = API_ROUTES[name];
    const { check, params, ...rest } = options;
    return this.request(method, params ? routePath(path, params) : path, { ...rest, body, schema: check as ResponseCheck<AnswerOf<Check>> });
  }

  /** An authorized JSON request under the API base; renews the session first if it is about to end. */
  async request<T>(method: string, path: string, options: RequestOptions<T> = {}): Promise<T> {
    await this.freshSession(options.signal);
    return this.send(method, path, options, true);
  }

  private async freshSession(signal?: AbortSignal): Promise<SessionResponse> {
    const session = this.current;
    if (!session) throw new ApiError('token_missing', 'No session yet: call startSession first.');
    const now = this.now();
    const renewable = session.absoluteExpiresAt > now;
    if (session.expiresAt - now > this.renewBeforeMs || !renewable) return session;
    // One renewal at a time, shared by concurrent requests.
    this.renewal ??= this.startSession(session.sessionToken, signal).finally(() => {
      this.renewal = undefined;
    });
    return this.renewal;
  }

  private async send<T>(method: string, path: string, options: RequestOptions<T>, authorized: boolean): Promise<T> {
    const url = apiUrl(this.base, path);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (authorized && this.current) headers.authorization = `Bearer ${this.current.sessionToken}`;
    if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;

    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), this.timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout.signal]) : timeout.signal;
    let response: Response;
    try {
      response = await this.fetchImpl(url, {
        method,
        headers,
        body: options.body === undefined ? null : JSON.stringify(options.body),
        signal,
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
        keepalive: !!options.keepalive,
      });
    } catch (error) {
      if (options.signal?.aborted) throw options.signal.reason ?? error;
      if (timeout.signal.aborted) throw new ApiError('timeout', `No answer within ${this.timeoutMs} ms.`);
      if (isAbort(error)) throw error;
      // For the developer, not the debtor: a CORS refusal looks like any network failure to the page.
      console.warn(`[settle] ${method} ${url} failed. Check the api attribute, that the server runs, and (other origin) its allowedOrigins.`, error);
      throw new ApiError('network', 'The network request failed.', 0, { cause: error });
    } finally {
      clearTimeout(timer);
    }
    return this.readBody(response, options.schema);
  }

  private async readBody<T>(response: Response, schema: ResponseCheck<T> | undefined): Promise<T> {
    let body: unknown;
    try {
      body = response.status === 204 ? undefined : await response.json();
    } catch (error) {
      console.warn(`[settle] ${response.url} answered ${response.status} without JSON. Does the api attribute point at the Settle mount (basePath)?`);
      throw new ApiError(response.ok ? 'invalid_response' : 'unknown', 'The answer was not JSON.', response.status, { cause: error });
    }
    if (!response.ok) {
      const envelope = readErrorEnvelope(body);
      const code = envelope && isErrorCode(envelope.code) ? envelope.code : 'unknown';
      const message = envelope ? envelope.message : `HTTP ${response.status}`;
      // The body rides along as the cause: some errors name a way on (identity_locked's humanRoute).
      throw new ApiError(code, message, response.status, { cause: body });
    }
    if (!schema) return body as T;
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      const where = parsed.error.issues[0]?.path.map(String).join('.') ?? '';
      throw new ApiError('invalid_response', `The answer did not match the contract at "${where}".`, response.status);
    }
    return parsed.data;
  }
}
