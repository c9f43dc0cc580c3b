import type { Claim } from '@settle/protocol';
import { EFFECT_HOOKS, type SettleBackend, type SettleEvent } from '@settle/server-sdk';
import type { Database } from './db/database.js';
import { recordEvent } from './effects/record-event.js';
import { verifyIdentity } from './effects/verify-identity.js';

type StoredClaim = Omit<Claim, 'status' | 'balanceVersion'>;

export interface DemoBackend extends SettleBackend {
  /** Records an event once (also what every hook does); true when this call recorded it. */
  record(event: SettleEvent): Promise<boolean>;
}

/**
 * The demo creditor's side of Settle: claims come from the embedded database, and every
 * effect hook the SDK knows (including ones added later) lands in the event ledger once.
 */
export function createDemoBackend(db: Database): DemoBackend {
  const record = (event: SettleEvent) => recordEvent(db, event);
  const onEvent = async (event: SettleEvent): Promise<void> => {
    await record(event);
  };
  const hooks = Object.fromEntries(Object.values(EFFECT_HOOKS).map((name) => [name, onEvent]));

  return {
    ...hooks,
    record,
    verifyIdentity: (claimId, answers) => verifyIdentity(db, claimId, answers),
    async getClaim(claimId: string): Promise<Claim | null> {
      const result = await db.query<{ claim: StoredClaim; status: Claim['status']; balance_version: number }>('select claim, status, balance_version from claims where id = $1', [claimId]);
      const row = result.rows[0];
      return row ? { ...row.claim, status: row.status, balanceVersion: row.balance_version } : null;
    },
  };
}
