import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    max-width: var(--settle-flow-max-width, 52rem);
    margin-inline: auto;
  }
  .flow {
    display: grid;
    gap: var(--settle-flow-gap, 1.5rem);
  }
  .step > * {
    display: block;
  }
  .next,
  .help,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 3);
  }
  .next,
  .help {
    padding-inline: calc(var(--_space) * 4);
  }
  .help {
    padding-block-start: calc(var(--_space) * 4);
    border-block-start: 1px solid var(--_border);
  }
  /* The first screen's actions: full width, one under the other, inside the summary. */
  .decision {
    display: grid;
    gap: calc(var(--_space) * 3);
  }
  .decision .button {
    inline-size: 100%;
  }
  /* Held open for the express button, so its arrival moves nothing. */
  .express {
    min-block-size: var(--_target);
  }
  /* Stripe's wallet buttons: exactly the box's height, whether or not a wallet shows. */
  ::slotted([slot=express]) {
    block-size: var(--_target);
  }
  .message {
    padding: calc(var(--_space) * 4);
  }
  h2 {
    margin: 0 0 calc(var(--_space) * 2);
    font-size: 1.25rem;
  }
  h2:focus {
    outline: none;
  }
  dialog.expiry {
    max-width: min(32rem, calc(100vw - 2rem));
    padding: calc(var(--_space) * 5);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  dialog.expiry::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  @media print {
    .decision,
    .next,
    .help {
      display: none;
    }
  }
`;
