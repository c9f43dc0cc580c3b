import type { ReactiveControllerHost } from 'lit';
import { AsyncController } from '../core/async-controller.js';

export type SubmitState = 'idle' | 'sending' | 'sent' | 'failed';

const STATES = { initial: 'idle', pending: 'sending', complete: 'sent', error: 'failed' } as const;

/** What a form's send gets: the abort signal and the submission's `Idempotency-Key`. */
export interface SubmitInit {
  signal: AbortSignal;
  idempotencyKey: string;
}

export interface SubmitOnceOptions<Body, Sent> {
  send: (body: Body, init: SubmitInit) => Promise<Sent>;
  sent: (sent: Sent) => void;
  failed: (error: unknown) => void;
}

/**
 * The submit-once rule of a form (contact, dispute, feedback): one request in flight, none
 * after it was recorded, so a double click sends once; one `Idempotency-Key` per submission,
 * kept while the body stays the same, so a retry after a lost answer is recorded once.
 */
export class SubmitOnceController<Body, Sent> extends AsyncController<Sent> {
  private key = '';
  private body = '';

  constructor(
    host: ReactiveControllerHost,
    private readonly options: SubmitOnceOptions<Body, Sent>,
  ) {
    super(host);
  }

  /** Sending now, or recorded: the form sends nothing more. */
  get busyOrDone(): boolean {
    return this.status === 'pending' || this.status === 'complete';
  }

  get state(): SubmitState {
    return STATES[this.status];
  }

  /** The recorded answer, once sent. */
  get sent(): Sent | undefined {
    return this.status === 'complete' ? this.value : undefined;
  }

  /** Sends `body` unless a submission is in flight or recorded; then tells the form how it went. */
  async submit(body: Body): Promise<void> {
    if (this.busyOrDone) return;
    const serialized = JSON.stringify(body);
    // crypto.randomUUID, as checkout and the plan elements use: the widget runs in secure contexts.
    if (serialized !== this.body) [this.key, this.body] = [crypto.randomUUID(), serialized];
    const idempotencyKey = this.key;
    await this.run((signal) => this.options.send(body, { signal, idempotencyKey }));
    if (this.status === 'complete') this.options.sent(this.value as Sent);
    if (this.status === 'error') this.options.failed(this.error);
  }
}
