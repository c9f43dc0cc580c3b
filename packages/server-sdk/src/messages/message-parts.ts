import { SettleError } from '../errors.js';
import { formatAddressLine, formatMessageDate, formatMessageMoney, formattingLocale } from './format.js';
import { messageTexts, type MessageText } from './message-texts.js';
import type { MessageInput } from './types.js';

/** One legal line, and whether it belongs in every message or only in the email's block. */
export interface LegalNotice {
  heading: string;
  lines: string[];
  /** The sentence every SMS and WhatsApp message carries too (Reg F: "a communication from a debt collector"). */
  everyMessage?: string;
}

/** The texts of one message before a channel lays them out. */
export interface MessageParts {
  t: MessageText;
  subject: string;
  greeting: string;
  /**
   * The phase's first paragraph and, when an agency collects, who writes: English says
   * who writes first; German keeps the intro right after "Hallo Erika," (it goes on in
   * lower case) and names the agency next.
   */
  opening: string[];
  action: string;
  button: string;
  /** How to dispute: in the first message always, in every collection reminder too. */
  dispute?: string;
  legal?: LegalNotice;
  /** The tone's sign-off. */
  closing: string;
  /** Who signs: the agency when one collects, else the creditor. */
  signature: string;
  facts: Array<{ label: string; value: string }>;
  /** Placeholder values, for channel texts that need them. */
  values: Record<string, string | number>;
}

const COLLECTION = new Set(['first_reminder', 'second_reminder', 'final_notice']);

export function messageParts(input: MessageInput): MessageParts {
  const { claim, phase, tone, locale, link } = input;
  const t = messageTexts(locale, tone);
  const intl = formattingLocale(locale, claim);
  const agency = claim.collectionAgency;
  const collector = agency ?? claim.creditor;
  const needsInstalment = phase === 'plan_confirmation' || phase === 'instalment_due';
  if (needsInstalment && !input.instalment) {
    throw new SettleError('bad_request', `A ${phase} message needs the instalment it is about`);
  }
  const values: Record<string, string | number> = {
    name: claim.debtor.name,
    creditor: claim.creditor.name,
    agency: agency?.name ?? '',
    collector: collector.name,
    address: formatAddressLine(collector.address),
    amount: formatMessageMoney(claim.total, intl),
    dueDate: formatMessageDate(claim.dueDate, intl),
    link,
    ...(input.instalment
      ? {
          instalmentAmount: formatMessageMoney(input.instalment.amount, intl),
          instalmentDate: formatMessageDate(input.instalment.dueDate, intl),
          count: input.instalment.count ?? 1,
        }
      : {}),
  };
  const phaseText = (key: string) => t(`phase.${phase}.${key}`, values);
  const intro = phaseText('intro');
  const first = phase === 'first_reminder';
  return {
    t,
    subject: phaseText('subject'),
    greeting: t('greeting', values),
    opening: openingOf(locale, intro, agency ? t('sender.agency', values) : undefined),
    action: phaseText('action'),
    button: phaseText('button'),
    ...(COLLECTION.has(phase) ? { dispute: t('dispute.text', values) } : {}),
    ...(first || (claim.jurisdiction === 'US' && agency) ? { legal: legalNotice(input, t, intl, first) } : {}),
    closing: t('closing'),
    signature: collector.name,
    facts: COLLECTION.has(phase)
      ? [
          { label: t('facts.amount'), value: String(values.amount) },
          { label: t('facts.dueDate'), value: String(values.dueDate) },
          { label: t('facts.reason'), value: claim.reason.subject },
          { label: t('facts.reference'), value: claim.accountReference },
        ]
      : [{ label: t('facts.reference'), value: claim.accountReference }],
    values,
  };
}

function openingOf(locale: MessageInput['locale'], intro: string, sender: string | undefined): string[] {
  if (locale === 'de') return sender ? [intro, sender] : [intro];
  const sentence = intro.charAt(0).toUpperCase() + intro.slice(1);
  return sender ? [sender, sentence] : [sentence];
}

/**
 * What the law wants the debtor told. DE (§ 13a RDG): creditor, the collection agency with
 * its register entry and supervisor; the itemization is on the linked page. US (Reg F):
 * the debt-collector statement in every message from an agency, and in the first one the
 * validation period and where to learn about one's rights.
 */
function legalNotice({ claim }: MessageInput, t: MessageText, intl: string, first: boolean): LegalNotice {
  const agency = claim.collectionAgency;
  const lines: string[] = [];
  const usCollector = claim.jurisdiction === 'US' && agency !== undefined;
  if (usCollector) lines.push(t(first ? 'legal.usCollectorFull' : 'legal.usCollector'));
  if (first) {
    lines.push(t('legal.creditor', { creditor: claim.creditor.name, address: formatAddressLine(claim.creditor.address) }));
    if (agency) {
      lines.push(t('legal.agency', { agency: agency.name, address: formatAddressLine(agency.address) }));
      if (agency.registration) lines.push(t('legal.registration', { registration: agency.registration }));
      const authority = agency.supervisoryAuthority;
      if (authority) lines.push(t('legal.authority', { authority: authority.name, address: formatAddressLine(authority.address) }));
    }
    if (claim.jurisdiction === 'US' && claim.validationPeriodEnd) {
      lines.push(t('legal.validation', { date: formatMessageDate(claim.validationPeriodEnd, intl) }));
    }
    lines.push(t('legal.details'));
  }
  return { heading: t('legal.heading'), lines, ...(usCollector ? { everyMessage: t('legal.usCollector') } : {}) };
}
