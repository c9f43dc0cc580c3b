import { css } from 'lit';

/**
 * Form look shared by the contact, dispute and feedback elements: choice cards that are
 * real radio inputs, fields with visible labels, inline errors, the support block.
 */
export const formStyles = css`
  :host {
    --_card-border: var(--settle-choice-border, var(--_border));
    --_card-selected: var(--settle-choice-selected-background, var(--_surface-alt));
    padding: calc(var(--_space) * 4);
  }
  h2,
  h3 {
    margin: 0 0 calc(var(--_space) * 3);
    line-height: 1.25;
  }
  h2 {
    font-size: 1.375em;
  }
  h3 {
    font-size: 1.125em;
  }
  p {
    margin: 0 0 calc(var(--_space) * 3);
  }
  form {
    display: grid;
    gap: calc(var(--_space) * 5);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend,
  .label {
    display: block;
    padding: 0;
    margin-bottom: calc(var(--_space) * 2);
    font-weight: 600;
  }
  .hint {
    display: block;
    color: var(--_muted);
    font-weight: 400;
    font-size: 0.9375em;
  }
  .choices {
    display: grid;
    gap: calc(var(--_space) * 2);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
  }
  .choice {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 3);
    min-height: var(--_target);
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    border: 2px solid var(--_card-border);
    border-radius: var(--_radius);
    cursor: pointer;
    background: var(--_surface);
  }
  .choice:has(input:checked) {
    border-color: var(--_accent);
    background: var(--_card-selected);
  }
  .choice:has(input:focus-visible) {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  input[type='radio'],
  input[type='checkbox'] {
    /* 24 px: the control alone meets the minimum target, even outside its card. */
    width: 24px;
    height: 24px;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }
  .check {
    display: flex;
    gap: calc(var(--_space) * 3);
    align-items: flex-start;
    min-height: var(--_target);
    cursor: pointer;
  }
  .check input {
    margin-top: 0.15rem;
  }
  textarea,
  select,
  input[type='tel'],
  input[type='text'],
  input[type='date'] {
    width: 100%;
    min-height: var(--_target);
    padding: calc(var(--_space) * 2);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    font: inherit;
    color: inherit;
    background: var(--_surface);
  }
  textarea {
    min-height: 6rem;
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .field-error {
    color: var(--_danger);
    font-weight: 600;
    margin: calc(var(--_space) * 2) 0 0;
  }
  .notice {
    padding: calc(var(--_space) * 3);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  .group {
    display: grid;
    gap: calc(var(--_space) * 3);
  }
  .group > legend {
    float: left;
    width: 100%;
  }
  .group > p {
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 3);
  }
  .support {
    margin-top: calc(var(--_space) * 6);
    padding: calc(var(--_space) * 4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .support-list {
    margin: 0 0 calc(var(--_space) * 2);
    padding: 0;
    list-style: none;
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .support-list li {
    min-height: 24px;
  }
  .support-kind {
    font-weight: 600;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  a[part~='support-link'] {
    display: inline-block;
    min-height: 24px;
    padding-block: 2px;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: calc(var(--_space) * 1) calc(var(--_space) * 4);
    margin: 0 0 calc(var(--_space) * 4);
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  @media (max-width: 30rem) {
    dl {
      grid-template-columns: 1fr;
    }
    dd {
      margin-bottom: calc(var(--_space) * 2);
    }
  }
`;
