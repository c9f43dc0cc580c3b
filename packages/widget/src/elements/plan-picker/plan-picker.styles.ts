import { css } from 'lit';

/** Layout shared by the plan picker and "manage my plan": steps, fields, schedule tables, notes. */
export const planStyles = css`
  :host {
    --_max-width: var(--settle-plan-picker-max-width, 48rem);
    --_padding: var(--settle-plan-picker-padding, 1.5rem);
    --_recommended: var(--settle-plan-picker-recommended-border, var(--_accent));
    container-type: inline-size;
  }

  .picker,
  .loading {
    max-width: var(--_max-width);
    margin-inline: auto;
    padding: var(--_padding);
  }
  @container (max-width: 30rem) {
    .picker,
    .loading {
      padding: calc(var(--_padding) / 2);
    }
  }

  h2,
  h3,
  h4 {
    line-height: 1.25;
    margin: 0 0 calc(var(--_space) * 2);
  }
  h2 {
    font-size: 1.5rem;
  }
  h3 {
    font-size: 1.125rem;
  }
  h4 {
    font-size: 1rem;
  }
  p {
    margin: 0 0 calc(var(--_space) * 3);
  }
  .hint {
    color: var(--_muted);
    font-size: 0.875rem;
    margin-bottom: calc(var(--_space) * 1);
  }

  .notice,
  .next {
    padding: calc(var(--_space) * 3) calc(var(--_space) * 4);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }

  .offers {
    list-style: none;
    padding: 0;
    margin: 0 0 calc(var(--_space) * 6);
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));
    gap: calc(var(--_space) * 4);
  }
  .offer {
    display: flex;
    flex-direction: column;
    padding: calc(var(--_space) * 4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .offer.recommended {
    border: 2px solid var(--_recommended);
  }
  .offer .button {
    margin-top: auto;
    align-self: flex-start;
  }
  .badge {
    align-self: flex-start;
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 2);
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: 0.875rem;
    font-weight: 600;
  }
  .offer-costs {
    color: var(--_muted);
    font-size: 0.875rem;
  }

  .fields {
    display: grid;
    gap: calc(var(--_space) * 4);
    margin-bottom: calc(var(--_space) * 4);
  }
  .field {
    display: grid;
    gap: calc(var(--_space) * 1);
    justify-items: start;
  }
  label {
    font-weight: 600;
  }
  input[type='text'],
  input[type='number'],
  input[type='date'],
  select {
    min-height: var(--_target);
    min-width: min(100%, 12rem);
    max-width: 100%;
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 3) calc(var(--_space) * 4);
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2) calc(var(--_space) * 6);
  }
  legend {
    font-weight: 600;
    padding-inline: calc(var(--_space) * 1);
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    min-height: var(--_target);
    font-weight: 400;
    cursor: pointer;
  }
  .choice input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .chip {
    padding: calc(var(--_space) * 1) calc(var(--_space) * 3);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  .chip:has(:checked) {
    border-color: var(--_accent);
  }
  .problem {
    color: var(--_danger);
    font-weight: 600;
  }
  .problem[hidden] {
    display: none;
  }

  .preview {
    padding: calc(var(--_space) * 4);
    margin-bottom: calc(var(--_space) * 4);
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .costs {
    font-weight: 600;
    margin: calc(var(--_space) * 3) 0 0;
  }

  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
    margin-bottom: calc(var(--_space) * 3);
  }
  caption {
    text-align: start;
    color: var(--_muted);
    font-size: 0.875rem;
    padding-bottom: calc(var(--_space) * 2);
  }
  th,
  td {
    text-align: start;
    padding: calc(var(--_space) * 2);
    border-bottom: 1px solid var(--_border);
  }
  th,
  td {
    overflow-wrap: normal;
  }
  .date {
    white-space: nowrap;
  }
  /* Four columns still fit at 320 px: tighter cells, smaller figures, and a long date
     ("1. Dezember 2026") wraps before its year. */
  @container (max-width: 30rem) {
    table {
      font-size: 0.8125rem;
    }
    .date {
      white-space: normal;
    }
    th,
    td {
      padding-inline: calc(var(--_space) * 0.75);
    }
    .schedule .status {
      padding: 0;
      border: none;
    }
  }
  /* At 200 % zoom a table may still be wider than the screen: it scrolls on its own, by keyboard too. */
  .table-scroll {
    overflow-x: auto;
    margin-bottom: calc(var(--_space) * 3);
  }
  .table-scroll table {
    margin-bottom: 0;
  }
  thead th {
    font-size: 0.875rem;
    color: var(--_muted);
  }
  tbody th {
    font-weight: 400;
  }
  .amount {
    text-align: end;
    white-space: nowrap;
  }
  tfoot th,
  tfoot td {
    font-weight: 700;
    border-bottom: none;
    border-top: 2px solid var(--_text);
  }
  .status {
    display: inline-block;
    padding: 0 calc(var(--_space) * 2);
    border-radius: 999px;
    border: 1px solid currentColor;
    font-size: 0.875rem;
    font-weight: 600;
    white-space: nowrap;
  }
  .status-paid {
    color: var(--_success);
  }
  .status-missed {
    color: var(--_danger);
  }

  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    gap: calc(var(--_space) * 3);
    margin: 0 0 calc(var(--_space) * 4);
  }
  .facts dt {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .facts dd {
    margin: 0;
    font-weight: 600;
  }

  .note {
    padding: calc(var(--_space) * 4);
    margin-block: calc(var(--_space) * 4);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 3);
    margin-block: calc(var(--_space) * 4);
  }
  @container (max-width: 30rem) {
    .actions .button {
      flex: 1 1 100%;
    }
  }
  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }

  .human-route {
    padding-top: calc(var(--_space) * 4);
    margin-bottom: calc(var(--_space) * 4);
    border-top: 1px solid var(--_border);
  }

  .loading {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 3);
    color: var(--_muted);
  }
  .loading p {
    margin: 0;
  }

  .error {
    padding: calc(var(--_space) * 4);
    margin-block: calc(var(--_space) * 4);
    border: 1px solid var(--_danger);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
  }
  .error-title {
    font-weight: 700;
    color: var(--_danger);
  }

  /* A copy to keep: the confirmation alone, no buttons or notes, rows never split. */
  @media print {
    .picker {
      max-width: none;
      padding: 0;
    }
    .human-route,
    .notice,
    .note {
      display: none;
    }
    tr {
      break-inside: avoid;
    }
    :focus-visible {
      outline: none;
    }
  }
`;

export const styles = planStyles;
