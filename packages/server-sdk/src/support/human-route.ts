import type { Claim, HumanRoute } from '@settle/protocol';
import { loadClaim } from '../claims.js';
import type { SettleContext } from '../context.js';
import type { SupportChannels } from './support-channels.js';

export type { SupportChannels } from './support-channels.js';

/**
 * Where a person can help with `claimId`: the configured support channels, or else the
 * phone and email of whoever collects the claim (the agency if it lists any, else the creditor).
 */
export async function humanRouteFor(context: SettleContext, claimId: string, claim?: Claim): Promise<HumanRoute> {
  const configured = humanRoute(context.options.support);
  if (Object.keys(configured).length > 0) return configured;
  const known = claim ?? (await loadClaim(context, claimId).catch(() => undefined));
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
