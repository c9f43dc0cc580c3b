import { formatMoneyDecimal } from '@settle/protocol';
import type { Database } from '../db/database.js';
import { readInsights, type DashboardInsights } from './insights.js';

/** What the creditor dashboard shows; amounts as exact decimal strings for Intl on the page. */
export interface DashboardData {
  generatedAt: string;
  claims: ClaimRow[];
  payments: RecordRow[];
  plans: RecordRow[];
  promises: RecordRow[];
  disputes: RecordRow[];
  contactRequests: RecordRow[];
  feedback: RecordRow[];
  /** Link opens, views, steps, choices and abandoned journeys, with the link's channel and phase. */
  reactions: RecordRow[];
  /** Funnel, contact times, CSAT, sentiment and the tone experiment, over sample and real journeys. */
  insights: DashboardInsights;
  /** Successful payments per currency, as exact decimal strings. */
  collected: Array<{ currency: string; amount: string }>;
}

export interface ClaimRow {
  id: string;
  key: string;
  debtorName: string;
  creditorName: string;
  situation: string;
  /** The segment of the debtor's latest quiz, if any. */
  segment: string | null;
  status: string;
  currency: string;
  total: string;
  balanceVersion: number;
  updatedAt: string;
}

/** One recorded event as a table row, columns in camelCase. */
export type RecordRow = Record<string, string | number | boolean | null> & { eventId: string; claimId: string; debtorName: string; createdAt: string };

// Each record table with the columns the dashboard lists, newest first.
const RECORDS = {
  payments: `outcome, amount_minor::bigint::text as amount_minor, excess_minor::bigint::text as excess_minor, r.currency, provider, option, failure_reason`,
  // The plan's id and last date come from the event itself, so a reader can match the agreed plan.
  plans: `kind, instalment_count, frequency, total_minor::bigint::text as total_minor, c.claim->>'currency' as currency,
    (select e.data->'plan'->>'id' from events e where e.id = r.event_id) as plan_id,
    (select e.data->'plan'->'schedule'->'instalments'->-1->>'dueDate' from events e where e.id = r.event_id) as last_due_date`,
  promises: `promised_date, amount_minor::bigint::text as amount_minor, c.claim->>'currency' as currency`,
  disputes: `reason, note`,
  contact_requests: `channel, time_window, topic, hardship`,
  feedback: `score, comment`,
  reactions: `type, channel, phase, segment, tone, step, option, last_step`,
} as const;

async function records(db: Database, table: keyof typeof RECORDS): Promise<RecordRow[]> {
  const { rows } = await db.query<Record<string, unknown>>(
    `select r.event_id, r.claim_id, c.claim->'debtor'->>'name' as debtor_name, r.created_at, ${RECORDS[table]}
     from ${table} r join claims c on c.id = r.claim_id order by r.created_at desc, r.event_id`,
  );
  return rows.map((row) => camelRow(row) as RecordRow);
}

/** Reads everything the dashboard shows in one go. `csat` is the creditor's feedback scale. */
export async function readDashboard(db: Database, csat: { min: number; max: number }): Promise<DashboardData> {
  const [claims, payments, plans, promises, disputes, contactRequests, feedback, reactions, insights] = await Promise.all([
    readClaims(db),
    records(db, 'payments'),
    records(db, 'plans'),
    records(db, 'promises'),
    records(db, 'disputes'),
    records(db, 'contact_requests'),
    records(db, 'feedback'),
    records(db, 'reactions'),
    readInsights(db, csat),
  ]);
  return {
    generatedAt: new Date().toISOString(),
    claims,
    payments: payments.map((row) => withDecimal(row, 'amountMinor', 'amount')),
    plans: plans.map((row) => withDecimal(row, 'totalMinor', 'total')),
    promises: promises.map((row) => withDecimal(row, 'amountMinor', 'amount')),
    disputes,
    contactRequests,
    feedback,
    reactions,
    insights,
    collected: collected(payments),
  };
}

async function readClaims(db: Database): Promise<ClaimRow[]> {
  const { rows } = await db.query<{
    id: string;
    sample_key: string;
    situation: string;
    status: string;
    balance_version: number;
    updated_at: Date;
    claim: { debtor: { name: string }; creditor: { name: string }; currency: string; total: { amount: number; currency: string } };
    segment: string | null;
  }>(
    `select c.id, c.sample_key, c.situation, c.status, c.balance_version, c.updated_at, c.claim,
       (select q.segment from quiz_results q where q.claim_id = c.id order by q.created_at desc limit 1) as segment
     from claims c order by c.position`,
  );
  return rows.map((row) => ({
    id: row.id,
    key: row.sample_key,
    debtorName: row.claim.debtor.name,
    creditorName: row.claim.creditor.name,
    situation: row.situation,
    segment: row.segment,
    status: row.status,
    currency: row.claim.currency,
    total: formatMoneyDecimal(row.claim.total),
    balanceVersion: row.balance_version,
    updatedAt: row.updated_at.toISOString(),
  }));
}

function collected(payments: RecordRow[]): DashboardData['collected'] {
  const sums = new Map<string, number>();
  for (const row of payments) {
    if (row.outcome !== 'succeeded' || typeof row.currency !== 'string' || typeof row.amountMinor !== 'string') continue;
    sums.set(row.currency, (sums.get(row.currency) ?? 0) + Number(row.amountMinor));
  }
  return [...sums].map(([currency, amount]) => ({ currency, amount: formatMoneyDecimal({ amount, currency }) }));
}

/** Replaces a minor-units column (bigint as text) with an exact decimal string in the row's currency. */
function withDecimal(row: RecordRow, minorKey: string, decimalKey: string): RecordRow {
  const { [minorKey]: minor, ...rest } = row;
  const currency = typeof row.currency === 'string' ? row.currency : null;
  const decimal = typeof minor === 'string' && currency ? formatMoneyDecimal({ amount: Number(minor), currency }) : null;
  return { ...rest, [decimalKey]: decimal } as RecordRow;
}

function camelRow(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase()), value instanceof Date ? value.toISOString() : value]));
}
