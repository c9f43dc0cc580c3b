import type { SessionResponse } from '@settle/protocol';

export interface SettleIdentityVerifiedDetail {
  claimId: string;
  /** The renewed session that may now read the claim; its token replaces the previous one. */
  session: SessionResponse;
}

/** The debtor passed the creditor's identity check; `<settle-flow>` moves on to the claim. */
export class SettleIdentityVerifiedEvent extends CustomEvent<SettleIdentityVerifiedDetail> {
  constructor(detail: SettleIdentityVerifiedDetail) {
    super('settle-identity-verified', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'settle-identity-verified': SettleIdentityVerifiedEvent;
  }
}
