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
}

interface ClaimRow {
  sample_key: string;
  situation: string;
  story_en: string;
  story_de: string;
  locale: string;
  status: string;
  claim: Omit<Claim, 'status' | 'balanceVersion'>;
}

/** The demo's own read-only JSON, for its pages (not part of Settle's API). */
export async function listDebtors(db: Database, links: readonly SampleLink[]): Promise<DebtorSummary[]> {
  const { rows } = await db.query<ClaimRow>(
    'select sample_key, situation, story_en, story_de, locale, status, claim from claims order by position',
  );
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
  }));
}
