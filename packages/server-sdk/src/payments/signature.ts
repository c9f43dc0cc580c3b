import { SettleError } from '../errors.js';

/** How far a webhook's timestamp may be from our clock, in either direction. */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

const encoder = new TextEncoder();

/**
 * Verifies a `t=<unix seconds>,v1=<hex>[,v1=<hex>...]` signature header (Stripe's scheme,
 * also used by the sandbox provider) over the RAW body. Any of several `v1` values may
 * match any of several secrets, so secrets rotate without downtime. The timestamp must be
 * within ±300 s: a replayed old event and one "from the future" are both refused.
 * WebCrypto's HMAC verify compares in constant time.
 */
export async function verifyTimestampedSignature(input: {
  rawBody: string;
  header: string | null;
  secrets: readonly string[];
  nowMs: number;
  toleranceSeconds?: number;
}): Promise<{ timestamp: number }> {
  const { rawBody, header, secrets, nowMs, toleranceSeconds = WEBHOOK_TOLERANCE_SECONDS } = input;
  if (!header) throw invalid('The signature header is missing.');
  const { timestamp, signatures } = parseHeader(header);
  if (timestamp === undefined) throw invalid('The signature header has no timestamp (t=).');
  if (signatures.length === 0) throw invalid('The signature header has no v1 signature.');
  const age = Math.floor(nowMs / 1000) - timestamp;
  if (Math.abs(age) > toleranceSeconds) {
    throw invalid(age > 0 ? `The event is ${age} s old; at most ${toleranceSeconds} s are accepted.` : `The event is ${-age} s in the future; at most ${toleranceSeconds} s are accepted.`);
  }
  const signed = encoder.encode(`${timestamp}.${rawBody}`);
  for (const secret of secrets) {
    const key = await hmacKey(secret);
    for (const signature of signatures) {
      if (await crypto.subtle.verify('HMAC', key, signature, signed)) return { timestamp };
    }
  }
  throw invalid('No signature matches the raw body with a configured secret. Check the webhook secret and that the body was not re-serialised.');
}

/** Builds a header in the same scheme; the sandbox provider signs its events with it. */
export async function signTimestamped(rawBody: string, secret: string, timestampSeconds: number): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', await hmacKey(secret), encoder.encode(`${timestampSeconds}.${rawBody}`));
  return `t=${timestampSeconds},v1=${toHex(new Uint8Array(mac))}`;
}

function parseHeader(header: string): { timestamp: number | undefined; signatures: Uint8Array<ArrayBuffer>[] } {
  let timestamp: number | undefined;
  const signatures: Uint8Array<ArrayBuffer>[] = [];
  for (const part of header.split(',')) {
    const [name, value] = part.trim().split('=', 2) as [string, string | undefined];
    if (name === 't' && value && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    if (name === 'v1' && value && /^[0-9a-f]{64}$/i.test(value)) signatures.push(fromHex(value));
  }
  return { timestamp, signatures };
}

async function hmacKey(secret: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
}

function fromHex(hex: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(hex.length / 2);
  for (let index = 0; index < bytes.length; index += 1) bytes[index] = Number.parseInt(hex.slice(index * 2, index * 2 + 2), 16);
  return bytes;
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function invalid(message: string): SettleError {
  return new SettleError('webhook_invalid', message);
}
