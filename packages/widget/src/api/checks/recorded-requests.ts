import type { ContactResponse, DisputeResponse, FeedbackResponse } from '@settle/protocol';
import { isHumanRoute } from './protocol-values.js';
import { check, isBoolean, isString, shape } from './shape.js';

/*
 * Answers to what the debtor asked the server to record: the reference shown to the debtor,
 * and (handed on in the elements' events) when it was received and who can help.
 */

/** POST /disputes. */
export const disputeCheck = check<DisputeResponse>('dispute', shape({ reference: isString, receivedAt: isString, collectionPaused: isBoolean, support: isHumanRoute }));

/** POST /contact-requests. */
export const contactCheck = check<ContactResponse>('contact request', shape({ reference: isString, receivedAt: isString, support: isHumanRoute }));

/** POST /feedback. */
export const feedbackCheck = check<FeedbackResponse>('feedback', shape({ reference: isString }));
