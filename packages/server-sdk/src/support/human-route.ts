import type { Claim, HumanRoute } from '@settle/protocol';
import { loadClaim } from '../claims.js';
import type { SettleContext } from '../context.js';

/** The creditor's support channels, shown wherever a person should take over. */
export interface SupportChannels {
  phone?: string;
  email?: string;
  /** An http(s) page, e.g. a chat or a contact form. */
  chatUrl?: string;
}

/** Refuses channels a browser should not be sent to, when the SDK is created. */
export function checkSupportChannels(support: SupportChannels): void {
  if (support.chatUrl === undefined) return;
  let url: URL;
  try {
    url = new URL(support.chatUrl);
  } catch {
    throw new TypeError('createSettle: support.chatUrl must be an absolute http(s) URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError('createSettle: support.chatUrl must be an http(s) URL');
  }
}

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
