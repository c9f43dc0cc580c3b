import type { Claim, Money, Receipt } from '@settle/protocol';

export interface ReceiptLine {
  key: 'payee' | 'account' | 'amount' | 'paidOn' | 'method' | 'reference';
  value: string;
}

export interface ReceiptFormat {
  money: (money: Money) => string;
  /** An ISO 8601 time as the debtor's calendar day. */
  day: (time: string) => string;
  method: (method: Receipt['method']) => string;
}

/** A payment's lines in print order, from the server's record of it; strings render as text. */
export function receiptLines(claim: Claim, receipt: Receipt, format: ReceiptFormat): ReceiptLine[] {
  return [
    { key: 'payee', value: receipt.payee },
    { key: 'account', value: claim.accountReference },
    { key: 'amount', value: format.money(receipt.amount) },
    { key: 'paidOn', value: format.day(receipt.paidAt) },
    { key: 'method', value: format.method(receipt.method) },
    { key: 'reference', value: receipt.reference },
  ];
}
