import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

/** Launches headless Chromium with a fresh profile (playwright-core makes a temporary one). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_ARGS] });
}

export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: string[];
  failedRequests: string[];
}

/** What `watchPage` collects on a page where nothing went wrong. */
export const NO_PROBLEMS: Readonly<PageProblems> = Object.freeze({ consoleErrors: [], pageErrors: [], cspViolations: [], failedRequests: [] });

/**
 * Collects what must never happen on a demo page: console errors, uncaught exceptions,
 * CSP violations (reported from the page through a binding, which CSP cannot block) and
 * failed requests. Call before the first navigation.
 */
export async function watchPage(page: Page): Promise<PageProblems> {
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], cspViolations: [], failedRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  page.on('requestfailed', (request) => problems.failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? ''}`));
  await page.exposeBinding('__settleReportCspViolation', (_source, text: string) => {
    problems.cspViolations.push(text);
  });
  await page.addInitScript(() => {
    const report = (window as unknown as { __settleReportCspViolation: (text: string) => void }).__settleReportCspViolation;
    document.addEventListener('securitypolicyviolation', (event) => report(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`), true);
  });
  return problems;
}
