import type { SettleStore } from '../store/store.js';

export interface AttemptScope {
  /** The link the session came from (or the session itself for portal sessions). */
  linkKey: string;
  claimId: string;
}

export interface AttemptLimits {
  maxFailuresPerLink: number;
  maxFailuresPerClaim: number;
  linkWindowMs: number;
  claimWindowMs: number;
}

/** A reserved attempt: kept as a failure, or released when the answer was right or never checked. */
export interface Reservation {
  /** True when this attempt, if wrong, is the last one the link or claim allows. */
  isLast: boolean;
  release(): Promise<void>;
}

const LINK = 'idv-link:';
const CLAIM = 'idv-claim:';

/**
 * Identity-check attempt counters. An attempt is reserved with an atomic increment
 * BEFORE the creditor's backend is asked, so twenty parallel guesses cannot all slip
 * under the limit while the first ones are still being checked.
 */
export class IdentityAttempts {
  constructor(
    private readonly store: SettleStore,
    private readonly limits: AttemptLimits,
  ) {}

  /** Reserves one attempt, or returns null when the link or the claim is locked. */
  async reserve(scope: AttemptScope): Promise<Reservation | null> {
    const { store, limits } = this;
    const linkKey = LINK + scope.linkKey;
    const claimKey = CLAIM + scope.claimId;
    const linkCount = await store.increment(linkKey, limits.linkWindowMs);
    if (linkCount > limits.maxFailuresPerLink) {
      await store.increment(linkKey, limits.linkWindowMs, -1);
      return null;
    }
    const claimCount = await store.increment(claimKey, limits.claimWindowMs);
    if (claimCount > limits.maxFailuresPerClaim) {
      await store.increment(claimKey, limits.claimWindowMs, -1);
      await store.increment(linkKey, limits.linkWindowMs, -1);
      return null;
    }
    return {
      isLast: linkCount >= limits.maxFailuresPerLink || claimCount >= limits.maxFailuresPerClaim,
      release: async () => {
        await store.increment(claimKey, limits.claimWindowMs, -1);
        await store.increment(linkKey, limits.linkWindowMs, -1);
      },
    };
  }
}
