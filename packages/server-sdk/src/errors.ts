import { ERROR_STATUS, type ErrorCode, type ErrorEnvelope, type Money } from '@settle/protocol';

type HumanRoute = NonNullable<ErrorEnvelope['error']['humanRoute']>;

/**
 * The one error type routes throw. Its `code` and `message` reach the client; its
 * `cause` stays on the server (logged without tokens), so nothing internal leaks.
 */
export class SettleError extends Error {
  override name = 'SettleError';
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    options: { cause?: unknown; humanRoute?: HumanRoute; headers?: Record<string, string>; minimum?: Money } = {},
  ) {
    super(message, { cause: options.cause });
    this.status = ERROR_STATUS[code];
    this.humanRoute = options.humanRoute;
    this.headers = options.headers;
    this.minimum = options.minimum;
  }

  readonly humanRoute: HumanRoute | undefined;
  readonly headers: Record<string, string> | undefined;
  /** The smallest amount that works, sent with `amount_below_minimum`. */
  readonly minimum: Money | undefined;

  toEnvelope(): ErrorEnvelope {
    return { error: { code: this.code, message: this.message, ...(this.humanRoute ? { humanRoute: this.humanRoute } : {}), ...(this.minimum ? { minimum: this.minimum } : {}) } };
  }
}
