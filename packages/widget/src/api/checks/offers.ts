import type { MonthlyPlansResponse, OffersResponse, OfferTerms } from '@settle/protocol';
import { isSchedule } from './plan.js';
import { isIsoDate, isMoney } from './protocol-values.js';
import { arrayOf, check, isBoolean, isInteger, isObject, isString, optional, shape, variant, type Is } from './shape.js';

const termsBase = { balance: isMoney, costs: isMoney, totalPayable: isMoney, issuedOn: isIsoDate };
const frequencies = arrayOf(isString, 1);

/** Each kind's limits, which the offer texts, the choice form and the plan preview read. */
const termsByKind: Record<OfferTerms['kind'], Is> = {
  pay_in_full: shape({ ...termsBase, dueDate: isIsoDate }),
  deferral: shape({ ...termsBase, earliestDate: isIsoDate, latestDate: isIsoDate }),
  promise_to_pay: shape({ ...termsBase, earliestDate: isIsoDate, latestDate: isIsoDate }),
  instalments: shape({
    ...termsBase,
    minCount: isInteger,
    maxCount: isInteger,
    minimumInstalment: isMoney,
    frequencies,
    earliestFirstDueDate: isIsoDate,
    latestFirstDueDate: isIsoDate,
    downPayment: optional(shape({ required: isBoolean, minimum: isMoney })),
    remainderOn: isString,
    perPayment: shape({ suggested: arrayOf(isMoney), smallest: isMoney }),
  }),
  payment_pause: shape({ ...termsBase, maxMonths: isInteger, maxCount: isInteger, minimumInstalment: isMoney, frequencies, remainderOn: isString }),
  partial_payment: shape({ ...termsBase, minimum: isMoney, maximum: isMoney }),
};

const isSignedOffer = shape({ token: isString, offer: shape({ id: isString, terms: variant('kind', termsByKind) }) });

/** GET /offers: the signed offers the plan picker lists, previews and accepts. */
export const offersCheck = check<OffersResponse>('offers', shape({ offers: arrayOf(isSignedOffer), activePlanId: optional(isString) }));

/** POST /offers/monthly: the plans for an amount per payment, which the picker lists and sends back one `choice` of. */
export const monthlyPlansCheck = check<MonthlyPlansResponse>('monthlyPlans', shape({ plans: arrayOf(shape({ choice: isObject, schedule: isSchedule, recommended: isBoolean })) }));
