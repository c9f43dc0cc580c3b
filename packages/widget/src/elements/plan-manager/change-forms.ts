import type { Plan, PlanProgress } from '@settle/protocol';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatMoney } from '../../i18n/format.js';
import type { PlanView } from '../plan-picker/view.js';
import { allowances, openInstalments, shiftWindow } from './change-rules.js';

export type ChangeAction = 'shift' | 'skip' | 'pause';

/** The change being entered, as typed. */
export interface ChangeDraft {
  action: ChangeAction;
  instalment: string;
  date: string;
  months: string;
}

export interface ChangeFormState {
  plan: Plan;
  progress: PlanProgress;
  draft: ChangeDraft;
  /** Why the change cannot be made, translated; shown under the fields. */
  problem: string | undefined;
  submitting: boolean;
}

export interface ChangeFormActions {
  edit: (name: string, value: string) => void;
  submit: () => void;
  cancel: () => void;
}

function instalmentSelect(view: PlanView, state: ChangeFormState, skip: boolean): TemplateResult {
  const { t, locale } = view;
  const open = openInstalments(state.progress).filter((instalment) => !skip || instalment.kind === 'instalment');
  return html`<div part="field" class="field">
    <label for="change-instalment">${t('planManager.form.instalment')}</label>
    <select id="change-instalment" name="instalment" .value=${state.draft.instalment} aria-describedby="change-problem">
      ${open.map(
        (instalment) => html`<option value=${String(instalment.number)} ?selected=${state.draft.instalment === String(instalment.number)}>
          ${t('planManager.form.instalmentOption', { number: instalment.number, date: formatDate(instalment.dueDate, locale), amount: formatMoney(instalment.amount, locale) })}
        </option>`,
      )}
    </select>
  </div>`;
}

function fields(view: PlanView, state: ChangeFormState): TemplateResult {
  const { t, locale } = view;
  const { draft, plan, progress } = state;
  const invalid = state.problem ? 'true' : 'false';
  switch (draft.action) {
    case 'shift': {
      const window = shiftWindow(plan, Number(draft.instalment), progress.asOf);
      return html`${instalmentSelect(view, state, false)}
        <div part="field" class="field">
          <label for="change-date">${t('planManager.form.date')}</label>
          ${window ? html`<p id="change-date-hint" class="hint">${t('planManager.form.dateHint', { min: formatDate(window.min, locale), max: formatDate(window.max, locale) })}</p>` : nothing}
          <input
            id="change-date"
            name="date"
            type="date"
            min=${window?.min ?? ''}
            max=${window?.max ?? ''}
            .value=${draft.date}
            aria-describedby="change-date-hint change-problem"
            aria-invalid=${invalid}
          />
        </div>`;
    }
    case 'skip':
      return html`${instalmentSelect(view, state, true)}
        <p class="hint">${t('planManager.form.skipHint')}</p>`;
    case 'pause': {
      const left = allowances(plan).pauseMonths;
      return html`<div part="field" class="field">
        <label for="change-months">${t('planManager.form.months')}</label>
        <p id="change-months-hint" class="hint">${t('planManager.form.monthsHint', { count: left })}</p>
        <input
          id="change-months"
          name="months"
          type="number"
          inputmode="numeric"
          min="1"
          max=${left}
          step="1"
          .value=${draft.months}
          aria-describedby="change-months-hint change-problem"
          aria-invalid=${invalid}
        />
      </div>`;
    }
  }
}

/** One change (move, skip or pause) with its limits shown up front; the server has the last word. */
export function renderChangeForm(view: PlanView, state: ChangeFormState, actions: ChangeFormActions): TemplateResult {
  const { t } = view;
  const onInput = (event: Event) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target.name) actions.edit(target.name, target.value);
  };
  return html`<form part="change-form" class="change-form note" novalidate aria-labelledby="change-heading" @input=${onInput} @submit=${(event: Event) => {
    event.preventDefault();
    actions.submit();
  }}>
    <h3 id="change-heading" tabindex="-1">${t(`planManager.action.${state.draft.action}`)}</h3>
    <div class="fields">${fields(view, state)}</div>
    <p id="change-problem" part="change-problem" class="problem" ?hidden=${!state.problem}>${state.problem ?? ''}</p>
    <div part="actions" class="actions">
      <button part="confirm-change-button" class="button" type="submit" aria-disabled=${state.submitting ? 'true' : 'false'}>
        ${state.submitting ? t('planManager.form.sending') : t(`planManager.form.confirm.${state.draft.action}`)}
      </button>
      <button part="cancel-button" class="button secondary" type="button" ?disabled=${state.submitting} @click=${actions.cancel}>${t('planManager.form.cancel')}</button>
    </div>
  </form>`;
}
