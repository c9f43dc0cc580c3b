import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Session } from '../../core/sessions.js';

export type ExpiryState = 'active' | 'warning' | 'ending' | 'expired';

/**
 * Watches the session's expiry (WCAG 2.2.1 Timing Adjustable): `warning` some time before
 * it ends while it can still be extended, `ending` when only the absolute limit is left,
 * `expired` after. Reads the client's current session each second, so renewals made by any
 * element's request count too.
 */
export class ExpiryController implements ReactiveController {
  state: ExpiryState = 'active';
  /** Milliseconds left, for the dialog's text. */
  remainingMs = 0;
  private session: Session | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly warnBeforeMs: () => number,
    private readonly onTokenChange: (token: string) => void,
    private readonly onExpired: () => void,
    private readonly now: () => number = Date.now,
  ) {
    host.addController(this);
  }

  watch(session: Session | undefined): void {
    this.session = session;
    this.tick();
    if (session && this.timer === undefined && this.connected) this.timer = setInterval(() => this.tick(), 1_000);
  }

  private connected = false;

  hostConnected(): void {
    this.connected = true;
    if (this.session && this.timer === undefined) this.timer = setInterval(() => this.tick(), 1_000);
  }

  hostDisconnected(): void {
    this.connected = false;
    this.stop();
  }

  private stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Asks the server for more time (POST /session with the current session token). */
  async extend(): Promise<void> {
    const client = this.session?.client;
    const current = client?.session;
    if (!client || !current) return;
    await client.startSession(current.sessionToken);
    this.tick();
  }

  private lastToken: string | undefined;

  private tick(): void {
    const current = this.session?.client.session;
    if (!current) return;
    if (current.sessionToken !== this.lastToken) {
      this.lastToken = current.sessionToken;
      this.onTokenChange(current.sessionToken);
    }
    const now = this.now();
    const remaining = current.expiresAt - now;
    const renewable = current.absoluteExpiresAt - current.expiresAt > 0;
    const state: ExpiryState = remaining <= 0 ? 'expired' : remaining > this.warnBeforeMs() ? 'active' : renewable ? 'warning' : 'ending';
    const seconds = Math.ceil(remaining / 1000);
    if (state !== this.state || (state !== 'active' && seconds !== Math.ceil(this.remainingMs / 1000))) {
      this.state = state;
      this.remainingMs = remaining;
      this.host.requestUpdate();
    }
    if (state === 'expired') {
      this.stop();
      this.onExpired();
    }
  }
}
