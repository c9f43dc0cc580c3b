import type { Settle } from '@settle/server-sdk';
import { collectorOf } from './creditor/claim-settings.js';
import type { SampleDebtor } from './seed/sample-debtors.js';

export interface SampleLink {
  key: string;
  claimId: string;
  /** The emailed link: the page in the debtor's language, the token in the fragment. */
  url: string;
}

/**
 * Signs one payment link per sample debtor. The token rides in the `#t=` fragment, which
 * never reaches a server log or a Referer header; `lang` picks the page's language and
 * `brand` (not secret) lets the page paint its collector's brand before the exchange.
 */
export async function createSampleLinks(settle: Settle, origin: string, debtors: readonly SampleDebtor[]): Promise<SampleLink[]> {
  return Promise.all(
    debtors.map(async (debtor) => {
      const token = await settle.createLinkToken({ claimId: debtor.claim.id, locale: debtor.locale });
      const brand = collectorOf(debtor.claim)?.brand.slug;
      return { key: debtor.key, claimId: debtor.claim.id, url: `${origin}/pay?lang=${debtor.locale}${brand ? `&brand=${brand}` : ''}#t=${token}` };
    }),
  );
}
