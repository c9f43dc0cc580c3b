import type { OfferTerms } from '@settle/protocol';
import { formatDate, formatDuration, formatMoney } from '../../i18n/format.js';

/**
 * An offer's limits as display strings, for interpolation into its texts and into the
 * reasons a choice is refused. Every text takes what it needs from one object.
 */
export function offerValues(terms: OfferTerms, locale: string): Record<string, string | number> {
  const values: Record<string, string | number> = {
    total: formatMoney(terms.totalPayable, locale),
    balance: formatMoney(terms.balance, locale),
    costs: formatMoney(terms.costs, locale),
  };
  switch (terms.kind) {
    case 'pay_in_full':
      return { ...values, date: formatDate(terms.dueDate, locale) };
    case 'deferral':
    case 'promise_to_pay':
      return { ...values, earliest: formatDate(terms.earliestDate, locale), latest: formatDate(terms.latestDate, locale) };
    case 'instalments':
      return {
        ...values,
        minCount: terms.minCount,
        maxCount: terms.maxCount,
        minimum: formatMoney(terms.minimumInstalment, locale),
        earliest: formatDate(terms.earliestFirstDueDate, locale),
        latest: formatDate(terms.latestFirstDueDate, locale),
        downMinimum: terms.downPayment ? formatMoney(terms.downPayment.minimum, locale) : '',
        smallest: formatMoney(terms.perPayment.smallest, locale),
      };
    case 'payment_pause':
      return { ...values, maxMonths: formatDuration(terms.maxMonths, 'month', locale), maxCount: terms.maxCount, minimum: formatMoney(terms.minimumInstalment, locale) };
    case 'partial_payment':
      return { ...values, minimum: formatMoney(terms.minimum, locale), maximum: formatMoney(terms.maximum, locale) };
  }
}
