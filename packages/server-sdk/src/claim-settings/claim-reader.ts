import type { Claim } from '@settle/protocol';
import { loadClaim } from '../claims.js';
import type { SettleContext } from '../context.js';
import { claimSettingsFor, type ClaimSettings } from './claim-settings.js';

/** One claim and its settings, read at most once however many steps of a request ask. */
export interface ClaimReader {
  claim(): Promise<Claim>;
  /** `{}` without a resolver, and then the claim is not read for them. */
  settings(): Promise<ClaimSettings>;
}

/**
 * A link exchange settles the identity rule and tone from the claim's settings, then answers
 * with the claim, its brand and outcome: one reader lets both steps share the backend's
 * answer and the resolver's, instead of asking the creditor twice in one request.
 */
export function claimReader(context: SettleContext, claimId: string): ClaimReader {
  let claim: Promise<Claim> | undefined;
  let settings: Promise<ClaimSettings> | undefined;
  const reader: ClaimReader = {
    claim: () => {
      claim ??= loadClaim(context, claimId);
      return claim;
    },
    settings: () => {
      settings ??= context.options.claimSettings ? reader.claim().then((read) => claimSettingsFor(context, read)) : Promise.resolve({});
      return settings;
    },
  };
  return reader;
}
