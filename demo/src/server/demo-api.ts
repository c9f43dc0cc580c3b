import { formatMoneyDecimal, type Claim } from '@settle/protocol';
import type { Database } from '../db/database.js';
import type { SampleLink } from '../links.js';

/** One sample debtor as the index page lists it. */
export interface DebtorSummary {
  key: string;
  situation: string;
  story: { en: string; de: string };
  locale: string;
  debtorName: string;
  creditorName: string;
  status: string;
  currency: string;
  /** The current total as an exact decimal string ("87.00"), for Intl on the page. */
  total: string;
  link: string | null;
  /** The sample email carrying the link. */
  email: string;
  /** What to answer when the identity check is on (the demo's debtors are made up). */
  identity: { dateOfBirth: string; postalCode: string | null } | null;
}

interface ClaimRow {
  sample_key: string;
  situation: string;
  story_en: string;
  story_de: string;
  locale: string;
  status: string;
  date_of_birth: string;
  postal_code: string | null;
  claim: Omit<Claim, 'status' | 'balanceVersion'>;
}

/**
 * The demo's own read-only JSON, for its pages (not part of Settle's API). With the
 * identity check on, it includes the answers, so whoever tries the demo can pass it.
 */
export async function listDebtors(db: Database, links: readonly SampleLink[], identityCheck = false): Promise<DebtorSummary[]> {
  const { rows } = await db.query<ClaimRow>('select sample_key, situation, story_en, story_de, locale, status, date_of_birth, postal_code, claim from claims order by position');
  const linkByKey = new Map(links.map((link) => [link.key, link.url]));
  return rows.map((row) => ({
    key: row.sample_key,
    situation: row.situation,
    story: { en: row.story_en, de: row.story_de },
    locale: row.locale,
    debtorName: row.claim.debtor.name,
    creditorName: row.claim.creditor.name,
    status: row.status,
    currency: row.claim.currency,
    total: formatMoneyDecimal(row.claim.total),
    link: linkByKey.get(row.sample_key) ?? null,
    email: `/emails/${row.sample_key}`,
    identity: identityCheck ? { dateOfBirth: row.date_of_birth, postalCode: row.postal_code } : null,
  }));
}
