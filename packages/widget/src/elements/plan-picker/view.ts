import type { Translate } from '../../i18n/i18n.js';

/** What every plan view renders with: the texts in the element's tone and the locale for Intl. */
export interface PlanView {
  t: Translate;
  locale: string;
}
