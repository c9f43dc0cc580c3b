/**
 * What a debtor can be offered, as plain names. The `OfferKind` schema is built from
 * them; the browser reads them from here without loading the validation library.
 */
export const OFFER_KINDS = ['pay_in_full', 'deferral', 'instalments', 'payment_pause', 'partial_payment', 'promise_to_pay'] as const;
