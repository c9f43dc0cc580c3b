import type { JourneyResponse } from '@settle/protocol';
import { isHttpsUrl, isIsoDate, isLocalizedText } from './protocol-values.js';
import { arrayOf, check, isBoolean, isInteger, isString, optional, shape } from './shape.js';

const isQuizStep = shape({
  id: isString,
  question: isLocalizedText,
  hint: optional(isLocalizedText),
  illustration: optional(isString),
  optional: optional(isBoolean),
  skipAfter: optional(arrayOf(isString)),
  answers: arrayOf(shape({ id: isString, label: isLocalizedText, flags: optional(arrayOf(isString)) }), 1),
});

const isSupportChannels = shape({
  phone: optional(isString),
  email: optional(isString),
  chatUrl: optional(isHttpsUrl),
  contactUrl: optional(isHttpsUrl),
  openingHours: optional(isLocalizedText),
  callbackHours: optional(shape({ timeZone: isString, windows: arrayOf(shape({ days: arrayOf(isString, 1), from: isString, to: isString }), 1) })),
  debtAdvice: optional(arrayOf(shape({ name: isLocalizedText, url: isHttpsUrl, phone: optional(isString) }))),
});

const isFact = shape({
  id: isString,
  text: isLocalizedText,
  source: (value: unknown) => isString(value) || isLocalizedText(value),
  sourceUrl: optional(isHttpsUrl),
  date: isIsoDate,
  segments: optional(arrayOf(isString)),
  sample: optional(isBoolean),
});

const isCsatScale = shape({ min: isInteger, max: isInteger, lowLabel: optional(isLocalizedText), highLabel: optional(isLocalizedText) });

/**
 * GET /journey: the quiz, support channels, facts and satisfaction scale the elements
 * render. A journey linking anywhere but an https page is refused whole, as the server's
 * schema would.
 */
export const journeyCheck = check<JourneyResponse>(
  'journey',
  shape({ journey: shape({ quiz: shape({ steps: arrayOf(isQuizStep, 1) }), support: isSupportChannels, facts: arrayOf(isFact), csat: isCsatScale }) }),
);
