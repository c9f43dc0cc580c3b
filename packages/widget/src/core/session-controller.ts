import type { ReactiveControllerHost } from 'lit';
import { ApiError } from '../api/api-error.js';
import { SettleErrorEvent } from '../events/settle-error.js';
import { applyPresentation } from '../theme/presentation.js';
import { AsyncController } from './async-controller.js';
import { takeFragmentToken } from './fragment-token.js';
import { openSession, type Session } from './sessions.js';

export interface SessionHost extends ReactiveControllerHost, HTMLElement {
  api: string | undefined;
  token: string | undefined;
  tokenFrom: 'fragment' | undefined;
}

/** What an element loads once it has a session, e.g. `(session, signal) => session.client.getClaim(signal)`. */
export type SessionTask<T> = (session: Session, signal: AbortSignal) => Promise<T>;

/**
 * Opens (or joins) the session for the host's `api` and `token` / `token-from`, then runs
 * the element's own load. Restarts when those attributes change; states and retry come
 * from AsyncController, and every failure is also announced as a `settle-error` event.
 */
export class SessionController<T> extends AsyncController<T> {
  /** The open session, for the element's later calls (answers, offers, payments). */
  session: Session | undefined;
  private key: string | undefined;

  constructor(
    protected override readonly host: SessionHost,
    private readonly load: SessionTask<T>,
  ) {
    super(host);
  }

  hostUpdate(): void {
    const api = this.host.api;
    const token = this.host.tokenFrom === 'fragment' ? (this.host.token ?? takeFragmentToken()) : this.host.token;
    const key = `${api ?? ''}\u0000${token ?? ''}`;
    if (key === this.key) return;
    this.key = key;
    this.session = undefined;
    void this.run(async (signal) => {
      if (!api) throw new ApiError('bad_request', 'Set the api attribute to the Settle endpoint.');
      if (!token) throw new ApiError('token_missing', 'Set token, or token-from="fragment" with a #t= link.');
      const session = await openSession(api, token);
      signal.throwIfAborted();
      this.session = session;
      applyPresentation(this.host, session.session.presentation);
      return this.load(session, signal);
    });
  }

  protected override onError(error: unknown): void {
    const apiError = error instanceof ApiError ? error : undefined;
    this.host.dispatchEvent(
      new SettleErrorEvent({
        code: apiError?.code ?? 'unknown',
        message: error instanceof Error ? error.message : String(error),
        retryable: apiError?.retryable ?? true,
      }),
    );
  }
}
