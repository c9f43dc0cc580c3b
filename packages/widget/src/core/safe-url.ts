/**
 * Returns the URL as a string when it is http(s), resolved against the page; undefined for
 * anything else (`javascript:`, `data:`, unparsable). Every link or image URL that comes
 * from configuration passes through here before it reaches an attribute.
 */
export function safeHttpUrl(value: string | null | undefined, base = document.baseURI): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** `tel:` link for a phone number; only digits and a leading + survive. */
export function telHref(phone: string): string | undefined {
  const digits = phone.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return /^\+?\d{3,20}$/.test(digits) ? `tel:${digits}` : undefined;
}

/** `mailto:` link for a plain address; anything that could carry headers or markup gets no link. */
export function mailtoHref(email: string): string | undefined {
  return /^[^\s@<>()"',;:?&]+@[^\s@<>()"',;:?&]+\.[^\s@<>()"',;:?&]+$/.test(email) ? `mailto:${email}` : undefined;
}
