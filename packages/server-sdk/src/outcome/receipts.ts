import { money, type Claim, type Money, type Receipt } from '@settle/protocol';
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

/**
 * What Settle gave back of payments that arrived for a balance already paid (they never
 * count); undefined when nothing was. A refund the provider accepted counts, settling or not.
 */
export function refundedOf(claim: Claim, payments: readonly PaymentRecord[]): Money | undefined {
  const total = payments.reduce((sum, payment) => {
    const refund = payment.claimId === claim.id ? payment.overpaid?.refund : undefined;
    return sum + (refund && refund.amount.currency === claim.currency ? refund.amount.amount : 0);
  }, 0);
  return total > 0 ? money(total, claim.currency) : undefined;
}
