import { IsoDate, Money, type Claim } from '@settle/protocol';
import * as z from 'zod/mini';

/**
 * What the thank-you page shows as the receipt: given by the page (e.g. from the
 * `settle-payment-success` event) as the `receipt` property or a JSON attribute. Checked
 * like any outside input; strings render as text.
 */
export const Receipt = z.object({
  /** The payment's or plan's reference. */
  reference: z.optional(z.string().check(z.minLength(1), z.maxLength(120))),
  amount: z.optional(Money),
  /** The day the payment was made or the plan agreed (YYYY-MM-DD). */
  paidOn: z.optional(IsoDate),
  /** How it was paid, e.g. "Visa •••• 4242" or "SEPA Direct Debit". */
  method: z.optional(z.string().check(z.minLength(1), z.maxLength(120))),
});
export type Receipt = z.infer<typeof Receipt>;

export interface ReceiptLine {
  key: 'creditor' | 'account' | 'amount' | 'paidOn' | 'method' | 'reference';
  value: string;
}

/** The receipt's lines in print order; a receipt that fails the schema shows only the claim's. */
export function receiptLines(
  claim: Claim,
  receipt: unknown,
  format: { money: (money: Money) => string; date: (date: string) => string },
): ReceiptLine[] {
  const parsed = Receipt.safeParse(receipt ?? {});
  const given = parsed.success ? parsed.data : {};
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
