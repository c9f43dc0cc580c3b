import type { Claim, HumanRoute } from '@settle/protocol';
import { loadClaim } from '../claims.js';
import type { SettleContext } from '../context.js';
import { claimSettingsFor } from '../claim-settings/claim-settings.js';
import type { SupportChannels } from './support-channels.js';

export type { SupportChannels } from './support-channels.js';

/**
 * Where a person can help with `claimId`: the claim's own support channels (`claimSettings`),
 * else the instance-wide ones, or else the phone and email of whoever collects the claim
 * (the agency if it lists any, else the creditor).
 */
export async function humanRouteFor(context: SettleContext, claimId: string, claim?: Claim): Promise<HumanRoute> {
  const known = claim ?? (await loadClaim(context, claimId).catch(() => undefined));
  // An error answer still names a person: a failing resolver falls back to the claim's parties.
  const own = known && context.options.claimSettings ? (await claimSettingsFor(context, known).catch(() => undefined))?.support : undefined;
  const configured = humanRoute(own ?? context.options.support);
  if (Object.keys(configured).length > 0) return configured;
  const party = [known?.collectionAgency, known?.creditor].find((candidate) => candidate?.phone || candidate?.email);
  return {
    ...(party?.phone ? { phone: party.phone } : {}),
    ...(party?.email ? { email: party.email } : {}),
  };
}

/** The support channels in the wire shape of an error's or answer's human route. */
export function humanRoute(support: SupportChannels): HumanRoute {
  return {
    ...(support.phone ? { phone: support.phone } : {}),
    ...(support.email ? { email: support.email } : {}),
    ...(support.chatUrl ? { url: support.chatUrl } : {}),
  };
}
