import type { Claim, Receipt } from '@settle/protocol';
import type { PaymentRecord } from '../payments/records.js';

/**
 * The payments Settle saw succeed on the claim, newest first, as the debtor's receipts.
 * The payee is the claim's configured payee, else whoever collects it.
 */
export function receiptsOf(claim: Claim, payments: readonly PaymentRecord[], payeeName?: string): Receipt[] {
  const payee = payeeName ?? claim.collectionAgency?.name ?? claim.creditor.name;
  return payments
    .filter((payment) => payment.status === 'succeeded' && payment.claimId === claim.id)
    .map((payment) => ({
      paymentId: payment.id,
      amount: payment.amount,
      // A succeeded record is final, so its last update is when the success was recorded.
      paidAt: payment.updatedAt,
      method: payment.provider,
      reference: payment.reference ?? payment.id,
      payee,
    }))
    .sort((a, b) => (a.paidAt < b.paidAt ? 1 : a.paidAt > b.paidAt ? -1 : 0));
}
