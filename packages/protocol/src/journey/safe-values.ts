import * as z from 'zod/mini';

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** Only https links reach the debtor's page: no javascript:, data:, http: or credentials in URLs. */
export const HttpsUrl = z.string().check(z.maxLength(2048), z.refine(isHttpsUrl, 'must be an https:// URL'));

function isLogoUrl(value: string): boolean {
  // Same-origin paths only: a leading "//" or "/\" would leave the page's origin.
  return isHttpsUrl(value) || /^\/(?![/\\])[A-Za-z0-9._~!$&'()*+,;=:@%/-]*$/.test(value);
}

/** A logo: an https:// URL, or a path on the page's own origin such as `/brands/stadtwerke.svg`. */
export const LogoUrl = z.string().check(z.maxLength(2048), z.refine(isLogoUrl, 'must be an https:// URL or a path such as /logo.svg'));

/** Hex or numeric rgb()/hsl()/oklch() colours; nothing that could carry url() or close a rule. */
export const CssColor = z
  .string()
  .check(z.regex(/^(#[0-9a-fA-F]{3,4}|#[0-9a-fA-F]{6}|#[0-9a-fA-F]{8}|(rgba?|hsla?|oklch)\([0-9.%\s,/+-]{1,60}\))$/, 'must be a colour such as #0a5c36 or rgb(10 92 54)'));

export const CssLength = z.string().check(z.regex(/^(0|\d{1,3}(\.\d{1,2})?(px|rem|em))$/, 'must be a length such as 8px or 0.5rem'));

export const FontFamily = z.string().check(z.regex(/^[A-Za-z0-9 ,'"-]{1,200}$/, 'must be a font list such as "Inter, sans-serif"'));

export const PhoneNumber = z.string().check(z.regex(/^\+?[0-9][0-9 ()/-]{2,29}$/, 'must be a phone number such as +49 30 1234567'));

export const EmailAddress = z.string().check(z.maxLength(254), z.regex(/^[^\s@<>()"]+@[^\s@<>()"]+\.[^\s@<>()"]+$/, 'must be an email address'));
