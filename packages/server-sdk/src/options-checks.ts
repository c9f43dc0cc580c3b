import { OFFER_KINDS } from '@settle/protocol';

/** The settings checked here, structurally, so this module depends on nothing of the SDK. */
interface CheckedOptions {
  basePath?: string;
  feedbackScale?: unknown;
  allowedOrigins?: readonly string[];
  policy?: unknown;
  store?: unknown;
  logger?: { warn(message: string, context?: Record<string, unknown>): void };
}

/**
 * Start-up checks for settings whose mistakes would otherwise show up only as a request
 * that never matches: each names the setting, says why, and lists what is valid.
 */
export function checkOptions(options: CheckedOptions): void {
  checkReplaced(options);
  if (options.basePath !== undefined) checkBasePath(options.basePath);
  options.allowedOrigins?.forEach(checkOrigin);
  if (options.policy && typeof options.policy === 'object') checkEnabledOptions((options.policy as { enabledOptions?: unknown }).enabledOptions);
  if (!options.store && globalThis.process?.env.NODE_ENV === 'production') {
    const warn = options.logger?.warn.bind(options.logger) ?? ((message: string) => console.warn(`[settle] ${message}`));
    warn(
      'createSettle: no store given, so the in-memory store is used. It holds payments and sessions for this one process only: behind a load balancer a debtor is stuck after paying. Pass store: new RedisStore(url) from @settle/server-sdk/redis.',
    );
  }
}

/** Settings that had a second spelling, and the one to use. */
const REPLACED: Record<string, string> = {
  feedbackScale: 'journey.csat (the survey and POST /feedback use that one scale), e.g. journey: { csat: { min: 1, max: 9 } }',
};

function checkReplaced(options: CheckedOptions): void {
  for (const [setting, use] of Object.entries(REPLACED)) {
    if (setting in options) throw new TypeError(`createSettle: ${setting} is not a setting any more; use ${use}.`);
  }
}

function checkBasePath(basePath: string): void {
  if (basePath === '') return;
  if (!basePath.startsWith('/') || basePath.endsWith('/')) {
    throw new TypeError(`createSettle: basePath "${basePath}" must start with "/" and not end with "/", e.g. "/settle"; leave it out when the handler is mounted at the root.`);
  }
}

function checkOrigin(origin: string, index: number): void {
  const setting = `createSettle: allowedOrigins[${index}] "${origin}"`;
  if (origin === '*') {
    throw new TypeError(`${setting}: a wildcard would let any website call the API with a token it got hold of; list each origin, e.g. "https://portal.acme.example".`);
  }
  let url: URL | undefined;
  try {
    url = new URL(origin);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new TypeError(`${setting} has no http(s) scheme; write it as the browser sends it in Origin, e.g. "https://${origin.replace(/^[a-z]+:\/\//i, '')}".`);
  }
  if (url.origin !== origin) {
    throw new TypeError(
      `${setting} is not an exact origin: browsers send "${url.origin}" (no path, no trailing slash, lower-case host, no default port), so this entry would never match. Write "${url.origin}".`,
    );
  }
}

function checkEnabledOptions(enabled: unknown): void {
  if (!Array.isArray(enabled)) return;
  enabled.forEach((option: unknown, index) => {
    if (!(OFFER_KINDS as readonly unknown[]).includes(option)) {
      throw new TypeError(`createSettle: policy.enabledOptions[${index}] is ${JSON.stringify(option)}, not an option Settle offers. Valid: ${OFFER_KINDS.join(', ')}.`);
    }
  });
}
