import { ROUTES, type JourneyOption, type JourneyStep } from '@settle/protocol';
import { afterPaint } from '../core/after-paint.js';
import type { ApiClient } from './client.js';

/** What the debtor's screen saw or chose, which the server cannot see itself. */
export type Reaction = { type: 'claim.viewed' } | { type: 'step.viewed'; step: JourneyStep } | { type: 'option.chosen'; option: JourneyOption };

/**
 * Tells the creditor of a reaction, best effort: `keepalive` lets it outlive a closing
 * page, and a lost report never disturbs the debtor. The server counts each once. It is
 * sent after the next paint, so building the request never delays what the debtor sees.
 */
export async function report(client: ApiClient | undefined, reaction: Reaction): Promise<void> {
  await afterPaint();
  await client?.request('POST', ROUTES.reactions, { body: reaction, keepalive: true }).catch(() => undefined);
}
