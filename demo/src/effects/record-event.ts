import type { Transaction } from '@electric-sql/pglite';
import type { SettleEvent } from '@settle/server-sdk';
import type { Database } from '../db/database.js';
import { applyPayment } from './apply-payment.js';
import { booleanField, countField, intField, moneyField, textField, timeWindowField } from './event-fields.js';

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

// Where each value sits in the SDK's event data; older or hand-made shapes come second.
const PLAN = 'plan';
const PLAN_KIND = [`${PLAN}.kind`, `${PLAN}.schedule.kind`, 'kind'];
const PLAN_INSTALMENTS = [`${PLAN}.schedule.instalments`, 'instalments', 'schedule'];

async function applyEffect(tx: Transaction, event: SettleEvent): Promise<void> {
  const { id, claimId, createdAt, data } = event;
  switch (event.type) {
    case 'payment.succeeded':
    case 'payment.failed': {
      const amount = moneyField(data, 'amount', 'payment.amount');
      const outcome = event.type === 'payment.succeeded' ? 'succeeded' : 'failed';
      await tx.query(
        `insert into payments (event_id, claim_id, outcome, amount_minor, currency, provider, option, failure_reason, created_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [id, claimId, outcome, amount?.amount ?? null, amount?.currency ?? null, textField(data, 'provider'), textField(data, 'option'), textField(data, 'failureReason'), createdAt],
      );
      if (outcome !== 'succeeded' || !amount) return;
      // Never a negative total: what the claim could not take is flagged for a refund.
      const excess = await applyPayment(tx, claimId, amount, createdAt);
      if (excess > 0) await tx.query('update payments set excess_minor = $2 where event_id = $1', [id, excess]);
      return;
    }
    case 'payment.overpaid': {
      // Settle refunded it at the provider: listed, never booked on the claim.
      const amount = moneyField(data, 'amount', 'payment.amount');
      await tx.query(
        `insert into payments (event_id, claim_id, outcome, amount_minor, currency, provider, option, created_at) values ($1, $2, 'overpaid', $3, $4, $5, $6, $7)`,
        [id, claimId, amount?.amount ?? null, amount?.currency ?? null, textField(data, 'provider'), textField(data, 'option'), createdAt],
      );
      return;
    }
    case 'autopay.revoked':
      await tx.query(`insert into autopay_revocations (event_id, claim_id, provider, created_at) values ($1, $2, $3, $4)`, [id, claimId, textField(data, 'provider', 'mandate.provider'), createdAt]);
      return;
    case 'plan.accepted':
      await tx.query(
        `insert into plans (event_id, claim_id, kind, instalment_count, frequency, total_minor, created_at) values ($1, $2, $3, $4, $5, $6, $7)`,
        [
          id, claimId, textField(data, ...PLAN_KIND),
          countField(data, ...PLAN_INSTALMENTS) ?? intField(data, 'instalmentCount'),
          textField(data, `${PLAN}.schedule.frequency`, 'frequency'),
          moneyField(data, `${PLAN}.schedule.total`, 'total')?.amount ?? null,
          createdAt,
        ],
      );
      await tx.query(`update claims set status = 'plan_active', updated_at = now() where id = $1 and status = 'open'`, [claimId]);
      return;
    case 'promise.made':
      await tx.query(`insert into promises (event_id, claim_id, promised_date, amount_minor, created_at) values ($1, $2, $3, $4, $5)`, [
        id, claimId,
        textField(data, `${PLAN}.schedule.instalments.0.dueDate`, 'date'),
        moneyField(data, `${PLAN}.schedule.total`, 'amount')?.amount ?? null,
        createdAt,
      ]);
      return;
    case 'dispute.opened':
      await tx.query(`insert into disputes (event_id, claim_id, reason, note, created_at) values ($1, $2, $3, $4, $5)`, [
        id, claimId, textField(data, 'dispute.reason', 'reason'), textField(data, 'dispute.note', 'note'), createdAt,
      ]);
      // A dispute pauses collection until the creditor has verified the claim.
      await tx.query(`update claims set status = 'disputed', updated_at = now() where id = $1 and status <> 'settled'`, [claimId]);
      return;
    case 'contact.requested':
      await tx.query(
        `insert into contact_requests (event_id, claim_id, channel, time_window, topic, hardship, created_at) values ($1, $2, $3, $4, $5, $6, $7)`,
        [
          id, claimId, textField(data, 'contact.channel', 'channel'),
          timeWindowField(data, 'contact.preferredTime', 'preferredTime') ?? textField(data, 'timeWindow'),
          textField(data, 'contact.note', 'topic'),
          booleanField(data, 'contact.hardship', 'hardship'),
          createdAt,
        ],
      );
      return;
    case 'feedback.given':
      await tx.query(`insert into feedback (event_id, claim_id, score, comment, created_at) values ($1, $2, $3, $4, $5)`, [
        id, claimId, intField(data, 'feedback.score', 'score'), textField(data, 'feedback.comment', 'comment'), createdAt,
      ]);
      return;
    case 'quiz.completed':
      await tx.query(`insert into quiz_results (event_id, claim_id, segment, created_at) values ($1, $2, $3, $4)`, [
        id, claimId, textField(data, 'outcome.segment', 'segment'), createdAt,
      ]);
      return;
    case 'link.opened':
    case 'claim.viewed':
    case 'step.viewed':
    case 'option.chosen':
    case 'journey.abandoned':
      await tx.query(
        `insert into reactions (event_id, claim_id, type, channel, phase, segment, tone, step, option, last_step, created_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          id, claimId, event.type,
          textField(data, 'channel'), textField(data, 'phase'), textField(data, 'segment'), textField(data, 'tone'),
          textField(data, 'step'), textField(data, 'option'), textField(data, 'lastStep'),
          textField(data, 'at') ?? createdAt,
        ],
      );
      return;
    default:
      // plan.changed and kinds this demo does not know yet: the ledger row above is their record.
      return;
  }
}
