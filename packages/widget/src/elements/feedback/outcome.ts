import type { Claim, Money, Outcome } from '@settle/protocol';
import { html, nothing, type TemplateResult } from 'lit';
import type { Translate } from '../../i18n/i18n.js';
import { formatDate, formatMoney } from '../../i18n/format.js';
import { receiptLines } from './receipt.js';

export interface OutcomeView {
  t: Translate;
  locale: string;
  /** The debtor wants to act on what is still open (`options`) or on the agreed plan (`plan`). */
  request: (to: 'options' | 'plan') => void;
}

type State = Outcome['state'];

/** Outcomes whose latest payment is shown as its confirmation (a receipt only once settled). */
const SHOWS_PAYMENT: ReadonlySet<State> = new Set(['settled', 'paid_in_full', 'partially_paid', 'plan_active']);

/** A receipt line's label; the lines other screens also show keep those screens' words. */
const LINE_LABEL = {
  payee: 'outcome.payee',
  account: 'claimSummary.reason.account',
  amount: 'checkout.bank.amount',
  paidOn: 'outcome.paidOn',
  method: 'outcome.method',
  reference: 'planPicker.accepted.reference',
} as const;

/**
 * Each outcome's heading, what happened, what happens next, and its way on: `outcome.<state>.*`
 * unless the step that led here already says the same in every tone (the dispute's and the
 * contact request's confirmation, the checkout's "payment received", the agreed plan's next payment).
 */
function keysFor(outcome: Outcome): { title: string; text: string; next: string[]; action?: 'options' | 'plan'; actionLabel?: string } {
  const own = `outcome.${outcome.state}`;
  switch (outcome.state) {
    case 'creditor_plan':
      // The creditor runs this plan: no offers, no "pay everything", only what its ledger says.
      return { title: `${own}.title`, text: `${own}.text`, next: outcome.nextDue ? ['planPicker.accepted.next', `${own}.next`] : [`${own}.next`] };
    case 'overdue':
      // What can be done now is what an open claim offers.
      return { title: `${own}.title`, text: `${own}.text`, next: ['outcome.open.next', `${own}.paid`], action: 'options', actionLabel: 'outcome.open.action' };
    case 'paid_in_full':
      return { title: 'checkout.succeeded.title', text: `${own}.text`, next: [`${own}.next`] };
    case 'plan_active':
      return {
        title: `${own}.title`,
        text: outcome.nextDue ? 'planPicker.accepted.next' : `${own}.allPaid`,
        next: [outcome.autopay ? 'checkout.succeeded.autopay' : `${own}.next`],
        action: 'plan',
      };
    case 'paused':
      return { title: `${own}.title`, text: `${own}.text`, next: outcome.nextDue ? [`${own}.next`, 'planPicker.accepted.next'] : [`${own}.next`], action: 'plan' };
    case 'disputed':
      // Without a date, the dispute reached the creditor another way.
      return { title: 'dispute.done.title', text: outcome.since ? `${own}.text` : 'dispute.done.paused', next: ['dispute.done.next'] };
    case 'contact_requested':
      return { title: 'contact.done.title', text: outcome.hardship ? `${own}.hardship` : `${own}.text`, next: [`${own}.next`] };
    case 'open':
    case 'partially_paid':
      return { title: `${own}.title`, text: `${own}.text`, next: [`${own}.next`], action: 'options' };
    default:
      return { title: `${own}.title`, text: `${own}.text`, next: [`${own}.next`] };
  }
}

/** The values the texts name; every date on this screen in one (long) style. */
function textValues(claim: Claim, outcome: Outcome, money: (value: Money) => string, date: (value: string) => string): Record<string, string> {
  const values: Record<string, string> = { creditor: claim.creditor.name, open: money(outcome.openTotal) };
  if (outcome.refunded) values.refunded = money(outcome.refunded);
  const latest = outcome.receipts[0];
  if (latest) Object.assign(values, { amount: money(latest.amount), date: date(latest.paidAt) });
  switch (outcome.state) {
    case 'partially_paid':
      values.paid = money(outcome.paid);
      break;
    case 'plan_active':
    case 'paused':
    case 'creditor_plan':
      if (outcome.nextDue) Object.assign(values, { amount: money(outcome.nextDue.amount), date: date(outcome.nextDue.dueDate) });
      if (outcome.state === 'paused') values.until = date(outcome.until);
      break;
    case 'deferred':
      Object.assign(values, { amount: money(outcome.amount), date: date(outcome.until) });
      break;
    case 'promised':
      Object.assign(values, { amount: money(outcome.amount), date: date(outcome.date) });
      break;
    case 'overdue':
      values.date = date(outcome.date);
      break;
    case 'disputed':
    case 'contact_requested':
      if (outcome.since) values.since = date(outcome.since);
  }
  return values;
}

/**
 * What the server says happened to the claim, and what happens next. Says "settled" and
 * shows a receipt only in the settled state; every other state says exactly what was paid,
 * agreed or asked for, and the screen of a disputed claim asks for no payment.
 */
export function renderOutcome({ t, locale, request }: OutcomeView, claim: Claim, outcome: Outcome): TemplateResult {
  const money = (value: Money) => formatMoney(value, locale);
  const date = (value: string) => formatDate(value, locale);
  const { state } = outcome;
  const values = textValues(claim, outcome, money, date);
  const keys = keysFor(outcome);
  const latest = SHOWS_PAYMENT.has(state) ? outcome.receipts[0] : undefined;
  const reference = 'reference' in outcome ? outcome.reference : undefined;
  return html`<section part="outcome" class="receipt" data-outcome=${state} aria-labelledby="outcome-title">
    <h2 id="outcome-title" part="heading" tabindex="-1">${t(keys.title, values)}</h2>
    <p part="outcome-text">${t(keys.text, values)}</p>
    ${outcome.refunded ? html`<p part="outcome-refund">${t('outcome.refunded', values)}</p>` : nothing}
    ${
      'paid' in outcome
        ? html`<dl part="outcome-facts">
          <dt>${t('planManager.paid')}</dt><dd>${money(outcome.paid)}</dd>
          <dt>${t('planManager.outstanding')}</dt><dd>${values.open}</dd>
        </dl>`
        : nothing
    }
    ${reference ? html`<dl part="outcome-facts"><dt>${t(LINE_LABEL.reference)}</dt><dd>${reference}</dd></dl>` : nothing}
    <h3>${t('outcome.next')}</h3>
    <p part="outcome-next">${keys.next.map((key) => t(key, values)).join(' ')}</p>
    ${keys.action ? html`<p><button part="outcome-action" class="button" type="button" @click=${() => request(keys.action!)}>${t(keys.actionLabel ?? (keys.action === 'plan' ? 'outcome.plan' : `outcome.${state}.action`))}</button></p>` : nothing}
    ${
      latest
        ? html`<h3>${t(state === 'settled' ? 'outcome.receipt' : 'outcome.confirmation')}</h3>
          <dl part="receipt">
            ${receiptLines(claim, latest, { money, day: date, method: (method) => t(`checkout.provider.${method}`) }).map((line) => html`<dt>${t(LINE_LABEL[line.key])}</dt><dd>${line.value}</dd>`)}
          </dl>
          <button part="print-button" class="button secondary" type="button" @click=${() => window.print()}>${t('planPicker.accepted.print')}</button>`
        : nothing
    }
  </section>`;
}
