import type { CollectionPhase, LinkChannel } from '@settle/protocol';
import type { Settle } from '@settle/server-sdk';
import { brandHintOf } from './creditor/claim-settings.js';
import { claimLanguage } from './emails/email-texts.js';
import type { SampleDebtor } from './seed/sample-debtors.js';

export interface SampleLink {
  key: string;
  claimId: string;
  /** The emailed link: the page in the debtor's language, the token in the fragment. */
  url: string;
}

/** The message a link goes out in: every reaction to the link names its channel and phase. */
export interface LinkMessage {
  channel: LinkChannel;
  phase: CollectionPhase;
}

/** The sample email each index entry opens: a first reminder. */
export const SAMPLE_EMAIL: LinkMessage = { channel: 'email', phase: 'first_reminder' };

/**
 * Signs a payment link for one debtor and message. The token rides in the `#t=` fragment,
 * which never reaches a server log or a Referer header; `lang` picks the page's language and
 * `brand` (not secret) lets the page paint its collector's and client creditor's brands before the exchange.
 */
export async function createMessageLink(settle: Settle, origin: string, debtor: SampleDebtor, message: LinkMessage): Promise<string> {
  const token = await settle.createLinkToken({ claimId: debtor.claim.id, locale: debtor.locale, channel: message.channel, phase: message.phase });
  const brand = brandHintOf(debtor.claim);
  const lang = claimLanguage(debtor.locale, debtor.claim);
  return `${origin}/pay?lang=${lang}${brand ? `&brand=${brand}` : ''}#t=${token}`;
}

/** One link per sample debtor, as its sample email carries it. */
export async function createSampleLinks(settle: Settle, origin: string, debtors: readonly SampleDebtor[]): Promise<SampleLink[]> {
  return Promise.all(debtors.map(async (debtor) => ({ key: debtor.key, claimId: debtor.claim.id, url: await createMessageLink(settle, origin, debtor, SAMPLE_EMAIL) })));
}
