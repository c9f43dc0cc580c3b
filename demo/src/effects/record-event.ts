import type { Transaction } from '@electric-sql/pglite';
import type { PreferredTime } from '@settle/protocol';
import type { SettleEvent } from '@settle/server-sdk';
import type { Database } from '../db/database.js';
import { applyPayment } from './apply-payment.js';

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

/** A preferred contact time as "mon-fri 17:00-19:00 Europe/Berlin". */
function timeWindow(time: PreferredTime | undefined): string | null {
  if (!time) return null;
  return `${time.days ? `${time.days.join(',')} ` : ''}${time.from}-${time.to}${time.timeZone ? ` ${time.timeZone}` : ''}`;
}

async function applyEffect(tx: Transaction, event: SettleEvent): Promise<void> {
  const { id, claimId, createdAt } = event;
  switch (event.type) {
    case 'payment.succeeded':
    case 'payment.failed': {
      const { amount, provider, option } = event.data;
      const failureReason = event.type === 'payment.failed' ? event.data.failureReason : null;
      const outcome = event.type === 'payment.succeeded' ? 'succeeded' : 'failed';
      await tx.query(
        `insert into payments (event_id, claim_id, outcome, amount_minor, currency, provider, option, failure_reason, created_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [id, claimId, outcome, amount.amount, amount.currency, provider, option, failureReason, createdAt],
      );
      if (outcome !== 'succeeded') return;
      // Never a negative total: what the claim could not take is flagged for a refund.
      const excess = await applyPayment(tx, claimId, amount, createdAt);
      if (excess > 0) await tx.query('update payments set excess_minor = $2 where event_id = $1', [id, excess]);
      return;
    }
    case 'payment.overpaid': {
      // Settle refunded it at the provider: listed, never booked on the claim.
      const { amount, provider, option } = event.data;
      await tx.query(`insert into payments (event_id, claim_id, outcome, amount_minor, currency, provider, option, created_at) values ($1, $2, 'overpaid', $3, $4, $5, $6, $7)`, [
        id,
        claimId,
        amount.amount,
        amount.currency,
        provider,
        option,
        createdAt,
      ]);
      return;
    }
    case 'autopay.revoked':
      await tx.query(`insert into autopay_revocations (event_id, claim_id, provider, created_at) values ($1, $2, $3, $4)`, [id, claimId, event.data.provider, createdAt]);
      return;
    case 'plan.accepted': {
      const { kind, schedule } = event.data.plan;
      await tx.query(`insert into plans (event_id, claim_id, kind, instalment_count, frequency, total_minor, created_at) values ($1, $2, $3, $4, $5, $6, $7)`, [
        id,
        claimId,
        kind,
        schedule.instalments.length,
        schedule.frequency ?? null,
        schedule.total.amount,
        createdAt,
      ]);
      await tx.query(`update claims set status = 'plan_active', updated_at = now() where id = $1 and status = 'open'`, [claimId]);
      return;
    }
    case 'promise.made': {
      const { schedule } = event.data.plan;
      await tx.query(`insert into promises (event_id, claim_id, promised_date, amount_minor, created_at) values ($1, $2, $3, $4, $5)`, [
        id,
        claimId,
        schedule.instalments[0]?.dueDate ?? null,
        schedule.total.amount,
        createdAt,
      ]);
      return;
    }
    case 'dispute.opened':
      await tx.query(`insert into disputes (event_id, claim_id, reason, note, created_at) values ($1, $2, $3, $4, $5)`, [
        id,
        claimId,
        event.data.dispute.reason,
        event.data.dispute.note ?? null,
        createdAt,
      ]);
      // A dispute pauses collection until the creditor has verified the claim.
      await tx.query(`update claims set status = 'disputed', updated_at = now() where id = $1 and status <> 'settled'`, [claimId]);
      return;
    case 'contact.requested': {
      const { contact } = event.data;
      await tx.query(`insert into contact_requests (event_id, claim_id, channel, time_window, topic, hardship, created_at) values ($1, $2, $3, $4, $5, $6, $7)`, [
        id,
        claimId,
        contact.channel,
        timeWindow(contact.preferredTime),
        contact.note ?? null,
        contact.hardship,
        createdAt,
      ]);
      return;
    }
    case 'feedback.given':
      await tx.query(`insert into feedback (event_id, claim_id, score, comment, created_at) values ($1, $2, $3, $4, $5)`, [
        id,
        claimId,
        event.data.feedback.score,
        event.data.feedback.comment ?? null,
        createdAt,
      ]);
      return;
    case 'quiz.completed':
      await tx.query(`insert into quiz_results (event_id, claim_id, segment, created_at) values ($1, $2, $3, $4)`, [id, claimId, event.data.outcome.segment, createdAt]);
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
          id,
          claimId,
          event.type,
          event.data.channel,
          event.data.phase,
          event.data.segment,
          event.data.tone,
          'step' in event.data ? event.data.step : null,
          'option' in event.data ? event.data.option : null,
          'lastStep' in event.data ? event.data.lastStep : null,
          event.data.at,
        ],
      );
      return;
    default:
      // plan.changed and the reaction events: the ledger row above is their record.
      return;
  }
}
