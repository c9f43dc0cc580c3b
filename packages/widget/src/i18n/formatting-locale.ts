/**
 * The locale Intl writes dates and amounts in. English without a region is British, as the
 * English texts are ("7 January 2027"); only a page in `en-US` gets US dates and amounts.
 */
export const formattingLocale = (locale: string): string => (locale === 'en' ? 'en-GB' : locale);
