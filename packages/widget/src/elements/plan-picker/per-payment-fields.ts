import type { Money, MonthlyPlansResponse, OfferTermsOf, Schedule } from '@settle/protocol';
import { html, nothing, type TemplateResult } from 'lit';
import { errorText } from '../../core/error-view.js';
import { formatDate, formatMoney } from '../../i18n/format.js';
import type { ChoiceDraft } from './offer-choice.js';
import type { PlanView } from './view.js';

/** Where the question "how much each time?" stands: the plans the server answered, or why there are none. */
export interface PerPaymentState {
  plans?: MonthlyPlansResponse['plans'] | undefined;
  /** Set when the amount is below what any plan allows: the smallest amount per payment. */
  smallest?: Money | undefined;
  error?: unknown;
  /** The debtor pressed on without a plan. */
  asked?: boolean;
}

/** "pro Monat", "alle zwei Wochen" or "pro Woche": how often the draft's plan is paid, for the texts that ask or tell how much. */
export function perText(view: PlanView, draft: Pick<ChoiceDraft, 'frequency'>): string {
  return view.t(`planPicker.per.${draft.frequency ?? 'monthly'}`);
}

/** Why no plan fits: the smallest amount per payment, at the draft's frequency. */
export function tooLowText(view: PlanView, draft: Pick<ChoiceDraft, 'frequency'>, smallest: Money): string {
  return view.t('planPicker.monthly.tooLow', { smallest: formatMoney(smallest, view.locale), per: perText(view, draft) });
}

/**
 * "6 × 150,00 € · letzte Rate am 3. Juni 2027": the instalments as runs of equal amounts in
 * their order, so a last (or first) instalment that differs is named, and the last date.
 */
function planLabel(view: PlanView, schedule: Schedule): string {
  const { t, locale } = view;
  const rows = schedule.instalments.filter((row) => row.kind === 'instalment');
  const runs: [number, Money][] = [];
  for (const { amount } of rows) {
    const run = runs.at(-1);
    if (run && run[1].amount === amount.amount) run[0]++;
    else runs.push([1, amount]);
  }
  const amounts = runs.map(([count, amount]) => `${count} × ${formatMoney(amount, locale)}`).join(t('planPicker.monthly.and'));
  return `${amounts} · ${t('planPicker.monthly.last', { date: formatDate(rows.at(-1)?.dueDate ?? '', locale) })}`;
}

/**
 * "How much could you pay per month?" (or every two weeks, or per week) as chips: the round
 * amounts the server suggests, and "another amount" for one typed in. No number to spin:
 * the count follows from the amount.
 */
export function renderPerPaymentChips(view: PlanView, terms: OfferTermsOf<'instalments'>, draft: ChoiceDraft): TemplateResult {
  const { t, locale } = view;
  const chip = (value: string, label: string) => html`<label class="choice chip"><input type="radio" name="monthly" value=${value} .checked=${draft.monthly === value} />${label}</label>`;
  return html`<fieldset part="monthly">
    <legend>${t('planPicker.monthly.legend', { per: perText(view, draft) })}</legend>
    ${terms.perPayment.suggested.map((amount) => chip(String(amount.amount), formatMoney(amount, locale)))}
    ${chip('other', t('planPicker.monthly.other'))}
  </fieldset>`;
}

/**
 * The plans the server answered for the amount, as chips with exactly one recommended;
 * or, below every plan, the smallest amount per payment with the way to a person
 * (`contact`), shown here instead of at the bottom.
 */
export function renderPlans(view: PlanView, draft: ChoiceDraft, state: PerPaymentState, contact: (text: string) => TemplateResult): unknown {
  const { t } = view;
  if (state.smallest) return contact(tooLowText(view, draft, state.smallest));
  if (state.error) return html`<p class="problem">${errorText(t, state.error)}</p>`;
  return state.plans
    ? html`<fieldset part="plans">
        <legend>${t('planPicker.monthly.plans')}</legend>
        ${state.plans.map(
          (plan, index) =>
            html`<label class="choice chip"><input type="radio" name="plan" value=${index} .checked=${draft.plan === plan.choice} /><span>${planLabel(view, plan.schedule)}${
              plan.recommended ? html` <br /><span part="recommended-badge" class="badge">${t('planPicker.recommended')}</span>` : nothing
            }</span></label>`,
        )}
      </fieldset>`
    : nothing;
}
