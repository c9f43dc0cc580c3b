import { html, nothing, type TemplateResult } from 'lit';

export interface Choice<V extends string> {
  value: V;
  label: string;
  hint?: string;
}

export interface ChoiceGroup<V extends string> {
  name: string;
  legend: string;
  hint?: string;
  choices: ReadonlyArray<Choice<V>>;
  selected: V | undefined;
  onSelect: (value: V) => void;
  /** Shown under the group and tied to it with aria-describedby. */
  error?: string | undefined;
  required?: boolean;
}

/**
 * A radio group drawn as cards. Real radio inputs sharing a name, so the browser gives
 * arrow keys within the group, Space to choose, and one tab stop for the group.
 */
export function renderChoices<V extends string>(group: ChoiceGroup<V>): TemplateResult {
  const errorId = `${group.name}-error`;
  const hintId = `${group.name}-hint`;
  const described = [group.hint ? hintId : '', group.error ? errorId : ''].filter(Boolean).join(' ');
  return html`<fieldset part="choices-${group.name}" aria-describedby=${described || nothing}>
    <legend>${group.legend}</legend>
    ${group.hint ? html`<span class="hint" id=${hintId}>${group.hint}</span>` : nothing}
    <div class="choices">
      ${group.choices.map(
        (choice) => html`<label class="choice" part="choice">
          <input
            type="radio"
            name=${group.name}
            .value=${choice.value}
            .checked=${group.selected === choice.value}
            ?required=${group.required === true}
            aria-invalid=${group.error ? 'true' : nothing}
            @change=${() => group.onSelect(choice.value)}
          />
          <span>${choice.label}${choice.hint ? html`<span class="hint">${choice.hint}</span>` : nothing}</span>
        </label>`,
      )}
    </div>
    ${group.error ? html`<p class="field-error" id=${errorId}>${group.error}</p>` : nothing}
  </fieldset>`;
}
