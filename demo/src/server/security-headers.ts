/**
 * The demo pages' Content Security Policy: no inline script or style, no eval, Trusted
 * Types required, so the widget is proven to work where careful creditors deploy it.
 * Provider frames are listed for the checkout step.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  'frame-src https://js.stripe.com https://hooks.stripe.com https://*.paypal.com',
  "base-uri 'none'",
  "object-src 'none'",
  "form-action 'self'",
  "frame-ancestors 'self'",
  "require-trusted-types-for 'script'",
].join('; ');

/** Headers on every answer of the demo. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** Headers for HTML pages and JSON that may carry a debtor's data: never cached. */
export const PAGE_HEADERS: Readonly<Record<string, string>> = {
  ...COMMON_HEADERS,
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'cache-control': 'no-store',
  // Allow popups: PayPal's checkout window talks back to its opener.
  'cross-origin-opener-policy': 'same-origin-allow-popups',
};

/**
 * The sample emails: real email HTML styles itself inline (clients drop stylesheets), so
 * they get a policy of their own that allows inline styles and nothing else: no script at all.
 */
export const EMAIL_HEADERS: Readonly<Record<string, string>> = {
  ...COMMON_HEADERS,
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'",
  'cache-control': 'no-store',
};
