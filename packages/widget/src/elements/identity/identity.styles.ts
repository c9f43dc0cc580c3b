import { css } from 'lit';

/** The answer fields are the form kit's fields (formStyles comes first), only narrower: an answer is short. */
export const identityStyles = css`
  input[type='date'],
  input[type='text'] {
    display: block;
    width: min(100%, 20rem);
    margin-top: calc(var(--_space) * 1);
  }
  input:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  [part~='field'] + [part~='field'] {
    margin-top: calc(var(--_space) * 4);
  }
`;
