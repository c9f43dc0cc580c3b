import { css } from 'lit';

/** The answer fields look like the other forms' fields: full size targets, visible borders. */
export const identityStyles = css`
  input[type='date'],
  input[type='text'] {
    display: block;
    width: min(100%, 20rem);
    min-height: var(--_target);
    margin-top: calc(var(--_space) * 1);
    padding: calc(var(--_space) * 2);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    font: inherit;
    color: inherit;
    background: var(--_surface);
  }
  input:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  [part~='field'] + [part~='field'] {
    margin-top: calc(var(--_space) * 4);
  }
`;
