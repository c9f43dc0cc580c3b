import { decodeWebhookSecret, toBase64 } from './secret.js';

/** Header names of the Standard Webhooks format. */
export const WEBHOOK_HEADERS = { id: 'webhook-id', timestamp: 'webhook-timestamp', signature: 'webhook-signature' } as const;

export async function hmacKey(secret: string, usage: 'sign' | 'verify'): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', decodeWebhookSecret(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [usage]);
}

/** The signed content: `${id}.${timestamp}.` followed by the exact body bytes. */
export function signedContent(id: string, timestamp: number, body: string | Uint8Array): Uint8Array<ArrayBuffer> {
  const head = new TextEncoder().encode(`${id}.${timestamp}.`);
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  const content = new Uint8Array(head.byteLength + bytes.byteLength);
  content.set(head, 0);
  content.set(bytes, head.byteLength);
  return content;
}

/** `v1,<base64 HMAC-SHA256>` of one message. */
export async function signWebhook(secret: string, id: string, timestamp: number, body: string | Uint8Array): Promise<string> {
  const key = await hmacKey(secret, 'sign');
  const mac = await crypto.subtle.sign('HMAC', key, signedContent(id, timestamp, body));
  return `v1,${toBase64(new Uint8Array(mac))}`;
}

/** Headers for one delivery of a message. */
export async function webhookHeaders(secret: string, id: string, timestamp: number, body: string): Promise<Record<string, string>> {
  return {
    [WEBHOOK_HEADERS.id]: id,
    [WEBHOOK_HEADERS.timestamp]: String(timestamp),
    [WEBHOOK_HEADERS.signature]: await signWebhook(secret, id, timestamp, body),
  };
}
