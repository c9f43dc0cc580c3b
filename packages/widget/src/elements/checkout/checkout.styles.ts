import { css } from 'lit';

export const styles = css`
  :host {
    --_max-width: var(--settle-checkout-max-width, 36rem);
  }
  .checkout {
    max-width: var(--_max-width);
    display: grid;
    gap: calc(var(--_space) * 3);
  }
  h2,
  h3,
  p {
    margin: 0;
  }
  h2 {
    font-size: 1.5rem;
  }
  h3 {
    font-size: 1.125rem;
  }
  .muted {
    color: var(--_muted);
  }
  .small {
    font-size: 0.875rem;
  }
  .provider[hidden] {
    display: none;
  }
  .provider {
    min-height: var(--_target);
  }
  .pay {
    width: 100%;
  }
  .loading {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
  }
  .status,
  .consent,
  .bank {
    display: grid;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 4);
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_surface-alt);
  }
  .status.problem {
    border-left: 4px solid var(--_danger);
  }
  .status.success {
    border-left: 4px solid var(--_success);
  }
  .status > .button,
  .consent > .button {
    justify-self: start;
  }
  .providers {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    align-items: center;
  }
  .providers > p {
    flex-basis: 100%;
  }
  .check {
    display: flex;
    gap: calc(var(--_space) * 2);
    align-items: flex-start;
  }
  .check input {
    width: var(--_target);
    height: var(--_target);
    min-width: 24px;
    margin: 0;
    accent-color: var(--_accent);
  }
  dl {
    margin: 0;
    display: grid;
    gap: var(--_space);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
  }
  dt {
    font-weight: 600;
    min-width: 8rem;
  }
  dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  [data-focus]:focus {
    outline: none;
  }
  [data-focus]:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
  }
`;
