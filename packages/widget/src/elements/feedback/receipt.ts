import type { Claim, Money } from '@settle/protocol';
import { isIsoDate, isMoney } from '../../api/checks/protocol-values.js';
import { optional, shape, type Is } from '../../api/checks/shape.js';

/**
 * What the thank-you page shows as the receipt: given by the page (e.g. from the
 * `settle-payment-success` event) as the `receipt` property or a JSON attribute. Checked
 * like any outside input; strings render as text.
 */
export interface Receipt {
  /** The payment's or plan's reference. */
  reference?: string;
  amount?: Money;
  /** The day the payment was made or the plan agreed (YYYY-MM-DD). */
  paidOn?: string;
  /** How it was paid, e.g. "Visa •••• 4242" or "SEPA Direct Debit". */
  method?: string;
}

const isShortText: Is = (value) => typeof value === 'string' && value.length >= 1 && value.length <= 120;

const isReceipt = shape({ reference: optional(isShortText), amount: optional(isMoney), paidOn: optional(isIsoDate), method: optional(isShortText) });

export interface ReceiptLine {
  key: 'creditor' | 'account' | 'amount' | 'paidOn' | 'method' | 'reference';
  value: string;
}

/** The receipt's lines in print order; a receipt of the wrong shape shows only the claim's. */
export function receiptLines(
  claim: Claim,
  receipt: unknown,
  format: { money: (money: Money) => string; date: (date: string) => string },
): ReceiptLine[] {
  const candidate = receipt ?? {};
  const given: Receipt = isReceipt(candidate) ? (candidate as Receipt) : {};
  const lines: ReceiptLine[] = [
    { key: 'creditor', value: claim.creditor.name },
    { key: 'account', value: claim.accountReference },
  ];
  if (given.amount) lines.push({ key: 'amount', value: format.money(given.amount) });
  if (given.paidOn) lines.push({ key: 'paidOn', value: format.date(given.paidOn) });
  if (given.method) lines.push({ key: 'method', value: given.method });
  if (given.reference) lines.push({ key: 'reference', value: given.reference });
  return lines;
}
