import type { Transaction } from '@electric-sql/pglite';
import type { SettleEvent } from '@settle/server-sdk';
import type { Database } from '../db/database.js';
import { applyPayment } from './apply-payment.js';
import { countField, intField, moneyField, textField } from './event-fields.js';

/**
 * Records one Settle event and applies its effect, exactly once: the ledger insert is
 * keyed by the event id, and a redelivered event finds its row and changes nothing.
 * Returns whether this call recorded it.
 */
export async function recordEvent(db: Database, event: SettleEvent): Promise<boolean> {
  return db.transaction(async (tx) => {
    const inserted = await tx.query(
      `insert into events (id, type, claim_id, created_at, data) values ($1, $2, $3, $4, $5)
       on conflict (id) do nothing returning id`,
      [event.id, event.type, event.claimId, event.createdAt, event.data],
    );
    if (inserted.rows.length === 0) return false;
    await applyEffect(tx, event);
    return true;
  });
}

async function applyEffect(tx: Transaction, event: SettleEvent): Promise<void> {
  const { id, claimId, createdAt, data } = event;
  switch (event.type) {
    case 'payment.succeeded':
    case 'payment.failed': {
      const amount = moneyField(data, 'amount', 'payment.amount');
      const outcome = event.type === 'payment.succeeded' ? 'succeeded' : 'failed';
      await tx.query(
        `insert into payments (event_id, claim_id, outcome, amount_minor, currency, provider, created_at) values ($1, $2, $3, $4, $5, $6, $7)`,
        [id, claimId, outcome, amount?.amount ?? null, amount?.currency ?? null, textField(data, 'provider', 'payment.provider'), createdAt],
      );
      if (outcome === 'succeeded' && amount) await applyPayment(tx, claimId, amount, createdAt);
      return;
    }
    case 'plan.accepted':
      await tx.query(`insert into plans (event_id, claim_id, kind, instalment_count, created_at) values ($1, $2, $3, $4, $5)`, [
        id, claimId, textField(data, 'kind', 'option', 'offer.kind', 'plan.kind'),
        intField(data, 'instalmentCount', 'count', 'plan.instalmentCount') ?? countField(data, 'instalments', 'schedule', 'plan.instalments', 'plan.schedule'),
        createdAt,
      ]);
      await tx.query(`update claims set status = 'plan_active', updated_at = now() where id = $1 and status = 'open'`, [claimId]);
      return;
    case 'promise.made':
      await tx.query(`insert into promises (event_id, claim_id, promised_date, amount_minor, created_at) values ($1, $2, $3, $4, $5)`, [
        id, claimId, textField(data, 'date', 'promisedDate', 'dueDate'), moneyField(data, 'amount')?.amount ?? null, createdAt,
      ]);
      return;
    case 'dispute.opened':
      await tx.query(`insert into disputes (event_id, claim_id, reason, note, created_at) values ($1, $2, $3, $4, $5)`, [
        id, claimId, textField(data, 'reason'), textField(data, 'note', 'comment'), createdAt,
      ]);
      // A dispute pauses collection until the creditor has verified the claim.
      await tx.query(`update claims set status = 'disputed', updated_at = now() where id = $1 and status <> 'settled'`, [claimId]);
      return;
    case 'contact.requested':
      await tx.query(`insert into contact_requests (event_id, claim_id, channel, time_window, topic, created_at) values ($1, $2, $3, $4, $5, $6)`, [
        id, claimId, textField(data, 'channel'), textField(data, 'timeWindow', 'window', 'time'), textField(data, 'topic', 'reason'), createdAt,
      ]);
      return;
    case 'feedback.given':
      await tx.query(`insert into feedback (event_id, claim_id, score, scale_max, comment, created_at) values ($1, $2, $3, $4, $5, $6)`, [
        id, claimId, intField(data, 'score', 'rating', 'csat'), intField(data, 'scaleMax', 'scale.max', 'max'), textField(data, 'comment'), createdAt,
      ]);
      return;
    case 'quiz.completed':
      await tx.query(`insert into quiz_results (event_id, claim_id, segment, created_at) values ($1, $2, $3, $4)`, [
        id, claimId, textField(data, 'segment', 'result.segment'), createdAt,
      ]);
      return;
    default:
      // A kind of event this demo does not know yet: the ledger row above is its record.
      return;
  }
}
