import type { IncomingHttpHeaders } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type Encoding = 'br' | 'gzip';

/** Text worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|javascript)|image\/svg\+xml)/;
/** Below this, the encoding's own overhead eats the saving. */
const MIN_BYTES = 1024;

/** The encoding to answer with: brotli, then gzip, as the browser accepts them (`q=0` refuses). */
export function negotiateEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  const accepted = new Set(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().toLowerCase().split(';'))
      .filter(([, quality]) => !/^\s*q=0(\.0*)?\s*$/.test(quality ?? ''))
      .map(([name]) => name),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return undefined;
}

/**
 * The body and headers to send: compressed when the browser accepts it and it pays, as any
 * production host or CDN would, so the demo (and the benchmark run against it) sends what
 * a real page would. Brotli at quality 5 keeps per-request cost around a millisecond.
 */
export function compressed(requestHeaders: IncomingHttpHeaders, headers: Readonly<Record<string, string>>, body: string | Buffer): { headers: Record<string, string>; body: string | Buffer } {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  if (!COMPRESSIBLE.test(headers['content-type'] ?? '') || bytes.byteLength < MIN_BYTES) return { headers: { ...headers }, body };
  const encoding = negotiateEncoding(requestHeaders['accept-encoding']);
  const varied = { ...headers, vary: headers.vary ? `${headers.vary}, Accept-Encoding` : 'Accept-Encoding' };
  if (!encoding) return { headers: varied, body };
  const packed = encoding === 'br' ? brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }) : gzipSync(bytes, { level: 6 });
  return { headers: { ...varied, 'content-encoding': encoding }, body: packed };
}
