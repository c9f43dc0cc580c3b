import type { SettleContext } from '../context.js';
import { SettleError } from '../errors.js';
import type { SettleStore } from '../store/store.js';

/** What a debtor can send about one claim, and how often, however many sessions they open. */
export const CLAIM_LIMITS = {
  dispute: { max: 5, windowMs: 24 * 3600_000 },
  contact: { max: 5, windowMs: 24 * 3600_000 },
  quiz: { max: 30, windowMs: 3600_000 },
} as const;

export type LimitedAction = keyof typeof CLAIM_LIMITS;

const counterKey = (action: LimitedAction, claimId: string) => `claim-limit:${action}:${claimId}`;

function limited(action: LimitedAction): SettleError {
  return new SettleError('rate_limited', 'Too many requests of this kind for this claim. We have the earlier ones; please wait, or contact us directly.', {
    headers: { 'retry-after': String(Math.ceil(CLAIM_LIMITS[action].windowMs / 1000)) },
  });
}

/**
 * Counts one scoring of `action` for the claim and refuses it with 429 past the limit.
 * One counter per claim and window, so a flood costs one key, not one per request.
 */
export async function countAgainstClaimLimit(store: SettleStore, action: LimitedAction, claimId: string): Promise<void> {
  const { max, windowMs } = CLAIM_LIMITS[action];
  if ((await store.increment(counterKey(action, claimId), windowMs)) > max) throw limited(action);
}

/**
 * Admits a new submission (a dispute, a contact request) within the claim's limit. A retry
 * of one already received, or the same one sent concurrently, is not counted again; past
 * the limit nothing is stored for it, so a flood from one session keeps memory flat.
 */
export async function admitSubmission(context: SettleContext, action: LimitedAction, claimId: string, eventId: string): Promise<void> {
  const { store } = context.options;
  if (await context.effects.recorded(eventId)) return;
  const { max, windowMs } = CLAIM_LIMITS[action];
  if (Number((await store.get(counterKey(action, claimId))) ?? 0) >= max) throw limited(action);
  if (!(await store.setIfAbsent(`claim-limit-seen:${eventId}`, '1', windowMs))) return;
  await countAgainstClaimLimit(store, action, claimId);
}
