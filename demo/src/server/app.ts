import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { CreditorDesk } from '../creditor/desk.js';
import { DeskError } from '../creditor/desk.js';
import type { BrowserScripts } from './browser-scripts.js';
import { compressed } from './compression.js';
import { brandStylesheet, renderPayPage } from './pay-page.js';
import { COMMON_HEADERS, EMAIL_HEADERS, PAGE_HEADERS } from './security-headers.js';
import { fileExists, readStatic } from './static-files.js';
import { linkPagePreloads } from './widget-preloads.js';

type NodeHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export interface AppParts {
  pagesDir: string;
  widgetDistDir: string;
  scripts: BrowserScripts;
  /** Settle's API, mounted at /settle. */
  settle: NodeHandler;
  /** The demo's own JSON for its pages, by path under /demo-api/. */
  demoApi: Readonly<Record<string, () => Promise<unknown>>>;
  /**
   * The customer portals' login stand-in: a session token for the portal's signed-in
   * customer, as a real portal's backend would mint with `createSessionToken`.
   */
  portalSession: (portal: string) => Promise<{ sessionToken: string; claimId: string } | null>;
  /** The sample email for a debtor's key, as HTML; null when there is no such debtor. */
  email: (key: string) => Promise<string | null>;
  /** The page with every message of every sample debtor, as HTML. */
  messages: () => Promise<string>;
  /** One sample message's HTML email; null when there is no such debtor, phase or tone. */
  messageEmail: (key: string, phase: string, tone: string) => Promise<string | null>;
  logger?: { error(message: string): void };
  /** The creditor's desk (POST /demo-api/desk), only when DEMO_CREDITOR_DESK=1. */
  desk?: CreditorDesk;
}

/** Pages by path; `/pay` has one file per language, picked by `?lang=` (`en-US` is the English page in US English). */
const PAGES: Readonly<Record<string, string>> = {
  '/': 'index.html',
  '/pay': 'pay.html',
  '/dashboard': 'dashboard.html',
  '/portal': 'portal.html',
  '/portal/lakeside': 'portal-lakeside.html',
};
const PAGE_LANGUAGES = new Set(['en', 'de']);
/** Pages that only work with the built widget; they explain how to build it instead. */
const NEEDS_WIDGET = new Set(['/pay', '/portal', '/portal/lakeside']);

/**
 * The demo's HTTP server: Settle's API under /settle, the built widget under /widget,
 * the demo pages with a strict CSP, their scripts and styles, and the demo's JSON.
 */
export function createApp(parts: AppParts): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    route(parts, req, res).catch((error: unknown) => {
      parts.logger?.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) send(res, 500, { ...COMMON_HEADERS, 'content-type': 'text/plain; charset=utf-8' }, 'Something went wrong.');
      else res.end();
    });
  };
}

async function route(parts: AppParts, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://demo.invalid');
  const path = url.pathname;
  if (path === '/settle' || path.startsWith('/settle/')) return parts.settle(req, res);
  if (path === '/portal/session' && req.method === 'POST') return portalSession(parts, req, res);
  if (path === '/demo-api/desk' && req.method === 'POST' && parts.desk) return deskAction(parts.desk, req, res);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return send(res, 405, { ...COMMON_HEADERS, allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }, 'Method not allowed.');
  }
  if (path === '/healthz') return send(res, 200, { ...COMMON_HEADERS, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }, 'ok');

  const page = PAGES[path];
  if (page) {
    if (NEEDS_WIDGET.has(path) && !(await widgetBuilt(parts))) return widgetMissing(parts, res);
    const requested = url.searchParams.get('lang');
    const lang = requested === 'en-US' ? 'en' : requested;
    const file = lang && lang !== 'en' && PAGE_LANGUAGES.has(lang) ? page.replace('.html', `.${lang}.html`) : page;
    const found = await readStatic(parts.pagesDir, file);
    if (path === '/pay' && found) {
      const pageLang = lang === 'de' ? 'de' : 'en';
      const preload = await linkPagePreloads(parts.widgetDistDir, pageLang);
      const body = renderPayPage(found.body.toString('utf8'), url.searchParams.get('brand'), pageLang, { usEnglish: requested === 'en-US', preload });
      return send(res, 200, { ...PAGE_HEADERS, 'content-type': found.contentType }, body);
    }
    return sendStatic(res, found, PAGE_HEADERS);
  }
  const brandCss = /^\/brands\/([a-z0-9-]{1,40})\.css$/.exec(path)?.[1];
  if (brandCss) {
    const css = brandStylesheet(brandCss);
    if (css === null) return notFound(res);
    return send(res, 200, { ...STATIC_HEADERS, 'content-type': 'text/css; charset=utf-8' }, css);
  }
  if (path.startsWith('/brands/')) return sendStatic(res, await readStatic(join(parts.pagesDir, 'brands'), path.slice('/brands/'.length)), STATIC_HEADERS);
  if (path.startsWith('/styles/')) return sendStatic(res, await readStatic(join(parts.pagesDir, 'styles'), path.slice('/styles/'.length)), STATIC_HEADERS);
  if (path.startsWith('/scripts/')) {
    const code = await parts.scripts.load(path.slice('/scripts/'.length));
    if (code === null) return notFound(res);
    return send(res, 200, { ...STATIC_HEADERS, 'content-type': 'text/javascript; charset=utf-8' }, code);
  }
  if (path.startsWith('/widget/')) {
    if (!(await widgetBuilt(parts))) return widgetMissing(parts, res);
    return sendStatic(res, await readStatic(parts.widgetDistDir, path.slice('/widget/'.length)), STATIC_HEADERS);
  }
  const emailKey = /^\/emails\/([a-z0-9-]{1,40})$/.exec(path)?.[1];
  if (emailKey) {
    const email = await parts.email(emailKey);
    if (email === null) return notFound(res);
    return send(res, 200, { ...EMAIL_HEADERS, 'content-type': 'text/html; charset=utf-8' }, email);
  }
  if (path === '/messages') return send(res, 200, { ...PAGE_HEADERS, 'content-type': 'text/html; charset=utf-8' }, await parts.messages());
  const message = /^\/messages\/([a-z0-9-]{1,40})\/([a-z_]{1,40})\/([a-z]{1,20})$/.exec(path);
  if (message) {
    const email = await parts.messageEmail(message[1]!, message[2]!, message[3]!);
    if (email === null) return notFound(res);
    return send(res, 200, { ...EMAIL_HEADERS, 'content-type': 'text/html; charset=utf-8' }, email);
  }
  if (path.startsWith('/demo-api/')) {
    const read = parts.demoApi[path.slice('/demo-api/'.length)];
    if (!read) return notFound(res);
    return send(res, 200, { ...PAGE_HEADERS, 'content-type': 'application/json; charset=utf-8' }, JSON.stringify(await read()));
  }
  return notFound(res);
}

const JSON_HEADERS = { ...PAGE_HEADERS, 'content-type': 'application/json; charset=utf-8' };

/**
 * A small JSON body, or undefined once it answered 415/413. JSON only: a cross-site form
 * cannot send it, so another site cannot act here. Unparsable JSON reads as null.
 */
async function readJson(req: IncomingMessage, res: ServerResponse): Promise<unknown> {
  if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) {
    send(res, 415, JSON_HEADERS, JSON.stringify({ error: { code: 'unsupported_media_type', message: 'Send JSON.' } }));
    return undefined;
  }
  let body = '';
  for await (const chunk of req) {
    body += String(chunk);
    if (body.length > 1024) {
      send(res, 413, JSON_HEADERS, JSON.stringify({ error: { code: 'payload_too_large', message: 'Too large.' } }));
      return undefined;
    }
  }
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return null;
  }
}

async function deskAction(desk: CreditorDesk, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readJson(req, res);
  if (body === undefined) return;
  try {
    send(res, 200, JSON_HEADERS, JSON.stringify(await desk.act(body)));
  } catch (error) {
    if (!(error instanceof DeskError)) throw error;
    send(res, 400, JSON_HEADERS, JSON.stringify({ error: { code: 'bad_request', message: error.message } }));
  }
}

async function portalSession(parts: AppParts, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const json = JSON_HEADERS;
  const body = await readJson(req, res);
  if (body === undefined) return;
  const portal = (body as { portal?: unknown } | null)?.portal;
  const session = typeof portal === 'string' ? await parts.portalSession(portal) : null;
  if (!session) return send(res, 404, json, JSON.stringify({ error: { code: 'not_found', message: 'No such portal.' } }));
  send(res, 200, json, JSON.stringify(session));
}

/** Scripts, styles and widget chunks: revalidated on every load so a rebuild shows at once. */
const STATIC_HEADERS = { ...COMMON_HEADERS, 'cache-control': 'no-cache' };

function widgetBuilt(parts: AppParts): Promise<boolean> {
  return fileExists(join(parts.widgetDistDir, 'settle.js'));
}

async function widgetMissing(parts: AppParts, res: ServerResponse): Promise<void> {
  const page = await readStatic(parts.pagesDir, 'widget-missing.html');
  send(res, 503, { ...PAGE_HEADERS, 'content-type': 'text/html; charset=utf-8', 'retry-after': '10' }, page?.body ?? 'Run npm run build:widget.');
}

function sendStatic(res: ServerResponse, file: Awaited<ReturnType<typeof readStatic>>, headers: Readonly<Record<string, string>>): void {
  if (!file) {
    notFound(res);
    return;
  }
  send(res, 200, { ...headers, 'content-type': file.contentType }, file.body);
}

function notFound(res: ServerResponse): void {
  send(res, 404, { ...PAGE_HEADERS, 'content-type': 'text/plain; charset=utf-8' }, 'Not found.');
}

function send(res: ServerResponse, status: number, headers: Readonly<Record<string, string>>, body: string | Buffer): void {
  const answer = compressed(res.req.headers, headers, body);
  res.writeHead(status, answer.headers);
  res.end(res.req.method === 'HEAD' ? undefined : answer.body);
}
