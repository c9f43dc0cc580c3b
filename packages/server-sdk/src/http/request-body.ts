import { ROUTE_CONTRACTS, type RouteRequest, type RouteWithBody } from '@settle/protocol';
import type * as z from 'zod/mini';
import { SettleError } from '../errors.js';
import type { IncomingRequest } from './incoming.js';

/** Formats zod issues as "field.path: message" so callers learn which field to fix. */
export function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

/**
 * Reads a JSON body within `maxBytes` (counting while streaming, so a lying or missing
 * Content-Length cannot smuggle a large body) and validates it against `schema`.
 */
export async function readJson<T>(request: IncomingRequest, schema: z.ZodMiniType<T>, maxBytes: number): Promise<T> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^application\/json(\s*;|$)/i.test(contentType)) {
    throw new SettleError('unsupported_media_type', 'Send the body as application/json.');
  }
  const text = await readText(request, maxBytes);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new SettleError('bad_request', 'The body is not valid JSON.');
  }
  const result = schema.safeParse(parsed);
  if (!result.success) throw new SettleError('bad_request', `Invalid request: ${describeIssues(result.error.issues)}`);
  return result.data;
}

/** Reads a route's JSON body and validates it with the route's request schema in the contract. */
export function readBody<Name extends RouteWithBody>(request: IncomingRequest, name: Name, maxBytes: number): Promise<RouteRequest<Name>> {
  return readJson(request, ROUTE_CONTRACTS[name].request as unknown as z.ZodMiniType<RouteRequest<Name>>, maxBytes);
}

/** Reads the raw body as text within `maxBytes`; webhook signatures are checked on exactly these bytes. */
export async function readText(request: IncomingRequest, maxBytes: number): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw new SettleError('payload_too_large', `The body is larger than ${maxBytes} bytes.`);
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read().catch((error: unknown) => {
      // A client that hangs up mid-body is the client's fault, not a crash.
      throw error instanceof SettleError ? error : new SettleError('bad_request', 'The body could not be read.', { cause: error });
    });
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new SettleError('payload_too_large', `The body is larger than ${maxBytes} bytes.`);
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(concat(chunks, size));
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/**
 * Gives a request body `ms` to arrive once reading starts, so a client trickling bytes
 * (slowloris) cannot hold a route forever. Past the deadline the body stream errors
 * with `request_timeout`, whoever reads it (readJson, readText).
 */
export function withBodyDeadline(request: IncomingRequest, ms: number): IncomingRequest {
  const source = request.body;
  if (!source) return request;
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let expired: Promise<never> | undefined;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      reader ??= source.getReader();
      expired ??= new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new SettleError('request_timeout', `The body did not arrive within ${ms} ms.`)), ms);
      });
      try {
        const { done, value } = await Promise.race([reader.read(), expired]);
        if (done) {
          clearTimeout(timer);
          controller.close();
        } else {
          controller.enqueue(value);
        }
      } catch (error) {
        clearTimeout(timer);
        reader.cancel().catch(() => undefined);
        controller.error(error);
      }
    },
    cancel(reason) {
      clearTimeout(timer);
      return (reader ?? source).cancel(reason);
    },
  });
  return { method: request.method, headers: request.headers, body };
}
