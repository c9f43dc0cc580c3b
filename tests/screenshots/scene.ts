import type { Claim, Outcome } from '@settle/protocol';
import type { Page } from 'playwright-core';

/** One thing to photograph: markup for the page body, the API answers it needs, and when it is ready. */
export interface Scene {
  /** File name part, e.g. `claim-summary-de-claim`. */
  name: string;
  /** Body markup; `{{locale}}` is replaced with the shot's locale. API base is `/api`. */
  html: string;
  /** Answers keyed by `METHOD /path`, e.g. `POST /api/session`. */
  api: Record<string, { status?: number; body: unknown }>;
  /** Resolves once the scene shows what should be photographed. */
  ready: (page: Page) => Promise<void>;
}

/** API answers for a claim: session exchange and claim read (with the server's outcome, when given). */
export function claimApi(claim: Claim, outcome?: Outcome): Scene['api'] {
  const now = Date.now();
  return {
    'POST /api/session': {
      body: { sessionToken: 'session', claimId: claim.id, expiresAt: now + 900_000, absoluteExpiresAt: now + 3_600_000, identityRequired: false },
    },
    [`GET /api/claims/${claim.id}`]: { body: { claim, ...(outcome ? { outcome } : {}) } },
  };
}

/** Waits until `selector` exists inside the shadow root of the first `tag` on the page. */
export function shadowReady(tag: string, selector: string): Scene['ready'] {
  return async (page) => {
    await page.waitForFunction(([host, inner]) => Boolean(document.querySelector(host!)?.shadowRoot?.querySelector(inner!)), [tag, selector], { timeout: 10_000 });
  };
}
