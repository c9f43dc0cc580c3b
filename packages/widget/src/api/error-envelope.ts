import { isObject } from './checks/shape.js';

/** The error envelope's code and message, when the body is one: `{ error: { code, message } }`. */
export function readErrorEnvelope(body: unknown): { code: string; message: string } | undefined {
  if (!isObject(body) || !isObject(body.error)) return undefined;
  const { code, message } = body.error;
  return typeof code === 'string' && typeof message === 'string' ? { code, message } : undefined;
}
