const PREFIX = 'whsec_';

/**
 * Decodes a Standard Webhooks secret (`whsec_` + base64 of 24-64 random bytes).
 * Throws a TypeError naming the problem, so a misconfigured secret fails at startup.
 */
export function decodeWebhookSecret(secret: string): Uint8Array<ArrayBuffer> {
  if (typeof secret !== 'string' || !secret.startsWith(PREFIX)) throw new TypeError('webhook secret must start with "whsec_"');
  const encoded = secret.slice(PREFIX.length);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) throw new TypeError('webhook secret must be base64 after "whsec_"');
  const bytes = Uint8Array.from(atob(encoded), (char) => char.charCodeAt(0));
  if (bytes.byteLength < 24 || bytes.byteLength > 64) throw new TypeError('webhook secret must hold 24-64 bytes');
  return bytes;
}

/** A new random secret for a webhook endpoint: share it with the receiver once. */
export function generateWebhookSecret(): string {
  return PREFIX + toBase64(crypto.getRandomValues(new Uint8Array(32)));
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return null;
  try {
    return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}
