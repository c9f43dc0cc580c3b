import { IsoDate, type Claim, type Money } from '@settle/protocol';
import type { Database } from '../db/database.js';
import { applyPayment } from '../effects/apply-payment.js';

const DAY_MS = 86_400_000;
const TRANSFER_LABEL = { de: 'Überweisung', en: 'Bank transfer' };

/** What a clerk at the creditor does outside Settle, or a day passing. */
export type DeskAction =
  | { action: 'plan_by_phone'; key: string; nextInstalment?: { dueDate: string; amount: number } }
  | { action: 'bank_transfer'; key: string }
  | { action: 'days_pass'; days: number };

export interface CreditorDesk {
  /** The demo's clock: now, plus the days that passed at the desk. Settle reads it. */
  now(): number;
  act(action: unknown): Promise<{ done: true }>;
}

/**
 * The creditor's desk, on only with DEMO_CREDITOR_DESK=1 (for end-to-end tests and
 * walkthroughs): a plan agreed by phone (the ledger says plan_active, with the next
 * payment it expects), the whole open amount booked as a bank transfer, or days passing
 * so agreed dates fall due. Each changes the creditor's ledger or clock, never Settle's records.
 */
export function creditorDesk(db: Database): CreditorDesk {
  let offset = 0;
  const now = () => Date.now() + offset;
  return {
    now,
    async act(input) {
      const action = deskAction(input);
      if (action.action === 'days_pass') {
        offset += action.days * DAY_MS;
        return { done: true };
      }
      await db.transaction(async (tx) => {
        const { rows } = await tx.query<{ id: string; claim: Omit<Claim, 'status' | 'balanceVersion'> }>('select id, claim from claims where sample_key = $1 for update', [action.key]);
        const row = rows[0];
        if (!row) throw new DeskError(`no sample debtor "${action.key}"`);
        if (action.action === 'bank_transfer') {
          await applyPayment(tx, row.id, row.claim.total, new Date(now()).toISOString(), TRANSFER_LABEL);
          return;
        }
        const next = action.nextInstalment;
        const claim = next ? { ...row.claim, nextInstalment: { dueDate: next.dueDate, amount: { amount: next.amount, currency: row.claim.currency } satisfies Money } } : row.claim;
        await tx.query(`update claims set claim = $2, status = 'plan_active', updated_at = now() where id = $1`, [row.id, claim]);
      });
      return { done: true };
    },
  };
}

/** A request the desk cannot act on; the demo answers it with 400. */
export class DeskError extends Error {}

function deskAction(input: unknown): DeskAction {
  const body = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  if (body.action === 'days_pass' && Number.isInteger(body.days) && (body.days as number) > 0 && (body.days as number) <= 60) return { action: 'days_pass', days: body.days as number };
  if (typeof body.key !== 'string') throw new DeskError('name the sample debtor as "key"');
  if (body.action === 'bank_transfer') return { action: 'bank_transfer', key: body.key };
  if (body.action !== 'plan_by_phone') throw new DeskError('action must be plan_by_phone, bank_transfer or days_pass (1-60 days)');
  const next = body.nextInstalment as { dueDate?: unknown; amount?: unknown } | undefined;
  if (next === undefined) return { action: 'plan_by_phone', key: body.key };
  if (!IsoDate.safeParse(next.dueDate).success || !Number.isInteger(next.amount) || (next.amount as number) <= 0)
    throw new DeskError('nextInstalment needs a dueDate (YYYY-MM-DD) and an amount in minor units');
  return { action: 'plan_by_phone', key: body.key, nextInstalment: { dueDate: next.dueDate as string, amount: next.amount as number } };
}
