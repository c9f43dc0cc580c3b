import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchChromium } from './browser.js';
import { startDemoProcess, type DemoProcess } from './demo-process.js';
import { ensureWidgetBuilt } from './widget-build.js';

export interface DemoInBrowser {
  readonly demo: DemoProcess;
  readonly browser: Browser;
  /** A fresh browser context (own cookies and storage), closed after the test that opened it. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
}

export interface DemoInBrowserOptions {
  /** Environment for the demo process, e.g. `DEMO_IDENTITY_CHECK`. */
  env?: Record<string, string>;
  /** Called with the demo's exit code once it stopped after the file's tests. */
  onStopped?: (exitCode: number | null) => void;
}

/**
 * The lifecycle every end-to-end file shares: before its tests, the built widget, the demo
 * in its own process and a headless Chromium; after each test, the contexts it opened;
 * after all, the browser and the demo. Call at the top of a test file.
 */
export function useDemoInBrowser(options: DemoInBrowserOptions = {}): DemoInBrowser {
  let demo: DemoProcess | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    ensureWidgetBuilt();
    [demo, browser] = await Promise.all([startDemoProcess(options.env), launchChromium()]);
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
    const exitCode = await demo?.stop();
    if (exitCode !== undefined) options.onStopped?.(exitCode);
  });

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started yet: use it inside a test or hook`);
    return value;
  };
  return {
    get demo() {
      return started(demo, 'the demo');
    },
    get browser() {
      return started(browser, 'the browser');
    },
    async newContext(contextOptions) {
      const context = await started(browser, 'the browser').newContext(contextOptions);
      contexts.push(context);
      return context;
    },
  };
}
