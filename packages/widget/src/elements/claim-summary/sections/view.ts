import type { Claim } from '@settle/protocol';
import type { Translate } from '../../../i18n/i18n.js';

/** What every section template of the claim summary reads. */
export interface ClaimView {
  claim: Claim;
  t: Translate;
  /** Resolved BCP 47 locale for Intl formatting. */
  locale: string;
}
