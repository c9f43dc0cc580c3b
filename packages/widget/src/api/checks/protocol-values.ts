import { isInteger, isObject, isString, optional, shape, type Is } from './shape.js';

/** YYYY-MM-DD with the month and day in range, so formatting it never meets an invalid Date. */
export const isIsoDate: Is = (value) => typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(value);

/** Integer minor units and an ISO 4217 code: Intl refuses to format any other currency. */
export const isMoney: Is = shape({ amount: isInteger, currency: (value) => typeof value === 'string' && /^[A-Z]{3}$/.test(value) });

/** Creditor text by locale, which `pickText` reads as a record of strings. */
export const isLocalizedText: Is = (value) => isObject(value) && Object.values(value).every(isString);

/** Where a person at the creditor can help, as dispute and contact answers name it. */
export const isHumanRoute: Is = shape({ phone: optional(isString), email: optional(isString), url: optional(isString) });

/** An https link without credentials, as the protocol's `HttpsUrl`: no javascript:, data: or http: link reaches the page. */
export const isHttpsUrl: Is = (value) => {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
};
