import type { ApiErrorCode } from '../api/api-error.js';

export interface SettleErrorDetail {
  /** A stable code to branch on (the API's code, or `network` / `timeout` / `invalid_response` / `unknown`). */
  code: ApiErrorCode;
  /** For the integrator's logs; debtors see a translated text instead. */
  message: string;
  /** Whether trying again can help. */
  retryable: boolean;
}

/** Something failed that the element shows as an error state. */
export class SettleErrorEvent extends CustomEvent<SettleErrorDetail> {
  constructor(detail: SettleErrorDetail) {
    super('settle-error', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'settle-error': SettleErrorEvent;
  }
}
