import { OFFER_KINDS } from '../plans/offer-kinds.js';

/**
 * Every choice the journey can recommend, as plain names: the plan offers plus routes to a
 * person. The `JourneyOption` schema is built from them; the browser reads them from here
 * without loading the validation library.
 */
export const JOURNEY_OPTIONS = [...OFFER_KINDS, 'dispute', 'talk_to_person', 'debt_advice'] as const;
