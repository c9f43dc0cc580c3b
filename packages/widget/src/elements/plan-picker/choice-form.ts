import type { OfferTerms, PlanResult, Schedule } from '@settle/protocol';
import { html, nothing, type TemplateResult } from 'lit';
import { formatMoney } from '../../i18n/format.js';
import { renderCosts } from './disclosures.js';
import { perText, renderPerPaymentChips, renderPlans, type PerPaymentState } from './per-payment-fields.js';
import type { ChoiceDraft, DraftResult } from './offer-choice.js';
import { offerValues } from './offer-text.js';
import { renderScheduleTable } from './schedule-table.js';
import type { PlanView } from './view.js';

export interface ChoiceFormState {
  terms: OfferTerms;
  draft: ChoiceDraft;
  result: DraftResult;
  preview: PlanResult<Schedule> | undefined;
  monthly: PerPaymentState;
}

export interface ChoiceFormActions {
  /** A field changed: its name, its value, and for checkboxes whether it is checked. */
  edit: (name: string, value: string, checked: boolean) => void;
  /** A field was committed (blur, Enter, a picked date): time to say what the preview shows now. */
  settled: () => void;
  submit: () => void;
  back: () => void;
  /** The way to a person with a text saying why, where the form needs it. */
  contact: (text: string) => TemplateResult;
}

/** Protocol field names whose input has another id. */
const FIELD_INPUT: Record<string, string> = { amount: 'partialAmount', downPayment: 'downPaymentAmount' };

/** Which input a problem or refusal points at, by the protocol's field names. */
function invalidField(state: ChoiceFormState): string | undefined {
  if (!state.result.ok) return state.result.field;
  if (state.preview && !state.preview.ok) {
    const field = state.preview.reasons[0]?.field;
    // The pause's `count` is the number of instalments after it.
    return state.terms.kind === 'payment_pause' && field === 'count' ? 'pauseCount' : field;
  }
  return undefined;
}

/** The translated reason a choice does not work yet, or undefined when it does. */
export function choiceProblem(view: PlanView, state: ChoiceFormState): string | undefined {
  const values = offerValues(state.terms, view.locale);
  if (!state.result.ok) return view.t(`planPicker.problem.${state.result.problem}`, { ...values, per: perText(view, state.draft) });
  if (state.preview && !state.preview.ok) {
    const code = state.preview.reasons[0]?.code ?? 'option_disabled';
    return view.t(`planPicker.reason.${code}`, values);
  }
  return undefined;
}

interface FieldOptions {
  id: string;
  label: string;
  hint?: string;
  invalid: string | undefined;
  input: (describedBy: string, invalid: boolean) => TemplateResult;
}

function field({ id, label, hint, invalid, input }: FieldOptions): TemplateResult {
  const describedBy = [hint ? `${id}-hint` : '', 'choice-problem'].filter(Boolean).join(' ');
  return html`<div part="field" class="field">
    <label for=${id}>${label}</label>
    ${hint ? html`<p id="${id}-hint" class="hint">${hint}</p>` : nothing}
    ${input(describedBy, invalid === id)}
  </div>`;
}

function dateField(state: ChoiceFormState, id: string, name: keyof ChoiceDraft, label: string, min: string, max: string, value: string, hint: string): TemplateResult {
  return field({
    id,
    label,
    hint,
    invalid: invalidField(state) === name ? id : undefined,
    input: (describedBy, invalid) =>
      html`<input id=${id} name=${name} type="date" min=${min} max=${max} .value=${value} required aria-describedby=${describedBy} aria-invalid=${invalid ? 'true' : 'false'} />`,
  });
}

function numberField(state: ChoiceFormState, id: string, label: string, hint: string, min: number, max: number): TemplateResult {
  const name = id as keyof ChoiceDraft;
  return field({
    id,
    label,
    hint,
    invalid: invalidField(state) === id ? id : undefined,
    input: (describedBy, invalid) =>
      html`<input id=${id} name=${id} type="number" inputmode="numeric" min=${min} max=${max} step="1" .value=${String(state.draft[name])} aria-describedby=${describedBy} aria-invalid=${invalid ? 'true' : 'false'} />`,
  });
}

function amountField(state: ChoiceFormState, id: keyof ChoiceDraft, label: string, hint: string): TemplateResult {
  const invalidName = invalidField(state);
  return field({
    id,
    label,
    hint,
    invalid: invalidName === id || FIELD_INPUT[invalidName ?? ''] === id ? id : undefined,
    input: (describedBy, invalid) =>
      html`<input id=${id} name=${id} type="text" inputmode="decimal" autocomplete="off" .value=${String(state.draft[id])} aria-describedby=${describedBy} aria-invalid=${invalid ? 'true' : 'false'} />`,
  });
}

function frequencyField(view: PlanView, state: ChoiceFormState, frequencies: readonly string[]): TemplateResult | typeof nothing {
  if (frequencies.length < 2) return nothing;
  return html`<div part="field" class="field">
    <label for="frequency">${view.t('planPicker.form.frequency')}</label>
    <select id="frequency" name="frequency" .value=${state.draft.frequency ?? ''}>
      ${frequencies.map((frequency) => html`<option value=${frequency} ?selected=${state.draft.frequency === frequency}>${view.t(`planPicker.frequency.${frequency}`)}</option>`)}
    </select>
  </div>`;
}

function renderInstalmentFields(view: PlanView, state: ChoiceFormState, contact: ChoiceFormActions['contact']): TemplateResult {
  const { t } = view;
  const terms = state.terms;
  if (terms.kind !== 'instalments') return html``;
  const { draft } = state;
  const per = perText(view, draft);
  const values = { ...offerValues(terms, view.locale), per };
  const firstDue = state.preview?.ok ? state.preview.value.instalments.find((row) => row.kind === 'instalment')?.dueDate : undefined;
  return html`${frequencyField(view, state, terms.frequencies)}
    ${renderPerPaymentChips(view, terms, draft)}
    ${draft.monthly === 'other' ? amountField(state, 'monthlyAmount', t('planPicker.monthly.amount', { currency: terms.balance.currency, per }), t('planPicker.monthly.hint', values)) : nothing}
    ${renderPlans(view, draft, state.monthly, contact)}
    ${dateField(state, 'firstDueDate', 'firstDueDate', t('planPicker.form.firstDueDate'), terms.earliestFirstDueDate, terms.latestFirstDueDate, draft.firstDueDate || firstDue || terms.earliestFirstDueDate, t('planPicker.form.dateHint', values))}
    ${
      terms.downPayment
        ? html`${
            terms.downPayment.required
              ? html`<p class="hint">${t('planPicker.form.downPaymentRequired', values)}</p>`
              : html`<label class="choice"><input type="checkbox" name="downPayment" .checked=${draft.downPayment} />${t('planPicker.form.downPaymentOptional')}</label>`
          }
          ${
            draft.downPayment || terms.downPayment.required
              ? amountField(state, 'downPaymentAmount', t('planPicker.form.downPaymentAmount', { currency: terms.balance.currency }), t('planPicker.form.downPaymentHint', values))
              : nothing
          }`
        : nothing
    }`;
}

function renderFields(view: PlanView, state: ChoiceFormState, contact: ChoiceFormActions['contact']): TemplateResult {
  const { t, locale } = view;
  const terms = state.terms;
  const values = offerValues(terms, locale);
  switch (terms.kind) {
    case 'deferral':
    case 'promise_to_pay':
      return dateField(state, 'date', 'date', t(`planPicker.form.date.${terms.kind}`), terms.earliestDate, terms.latestDate, state.draft.date, t('planPicker.form.dateHint', values));
    case 'instalments':
      return renderInstalmentFields(view, state, contact);
    case 'payment_pause':
      return html`${numberField(state, 'months', t('planPicker.form.months'), t('planPicker.form.monthsHint', values), 1, terms.maxMonths)}
      ${numberField(state, 'pauseCount', t('planPicker.form.pauseCount'), t('planPicker.form.pauseCountHint', values), 1, terms.maxCount)}
      ${frequencyField(view, state, terms.frequencies)}`;
    case 'partial_payment':
      return amountField(state, 'partialAmount', t('planPicker.form.partialAmount', { currency: terms.balance.currency }), t('planPicker.form.partialAmountHint', values));
    case 'pay_in_full':
      return html``;
  }
}

/** The fields for one offer, the live preview computed with the protocol's own math, and the costs. */
export function renderChoiceForm(view: PlanView, state: ChoiceFormState, actions: ChoiceFormActions): TemplateResult {
  const { t, locale } = view;
  // No plan yet is a problem only once the debtor tries to go on without one.
  const problem = state.result.ok || state.result.problem !== 'plan_missing' || state.monthly.asked ? choiceProblem(view, state) : undefined;
  const schedule = state.preview?.ok ? state.preview.value : undefined;
  const onInput = (event: Event) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (!target.name) return;
    actions.edit(target.name, target.value, target instanceof HTMLInputElement ? target.checked : false);
  };
  return html`<form part="choice-form" class="choice-form" novalidate @input=${onInput} @change=${actions.settled} @submit=${(event: Event) => {
    event.preventDefault();
    actions.submit();
  }}>
    <div class="fields">${renderFields(view, state, actions.contact)}</div>
    <p id="choice-problem" part="choice-problem" class="problem" ?hidden=${!problem}>${problem ?? ''}</p>
    <section part="preview" class="preview" aria-labelledby="preview-heading">
      <h3 id="preview-heading">${t('planPicker.preview.heading')}</h3>
      ${
        schedule
          ? html`${renderScheduleTable(view, schedule.instalments, schedule.total, t('planPicker.preview.caption'))}
          ${schedule.remaining.amount > 0 ? html`<p part="remaining">${t('planPicker.preview.remaining', { remaining: formatMoney(schedule.remaining, locale) })}</p>` : nothing}`
          : html`<p part="preview-empty" class="hint">${t('planPicker.preview.empty')}</p>`
      }
      ${renderCosts(view, state.terms)}
    </section>
    <div part="actions" class="actions">
      <button part="continue-button" class="button" type="submit">${t('planPicker.continue')}</button>
      <button part="back-button" class="button secondary" type="button" @click=${actions.back}>${t('planPicker.back')}</button>
    </div>
  </form>`;
}
