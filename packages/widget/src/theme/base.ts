import { css } from 'lit';

/** What every Settle element shares: box model, focus ring, hidden-but-spoken text, motion and print. */
export const base = css`
  :host {
    display: block;
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    /* Long German words hyphenate in the element's language (its lang attribute); only a string
       with no place to break at all (an email, an IBAN) breaks anywhere. */
    hyphens: auto;
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  /* A step moves focus to its heading: no ring after a click, the ring for keyboard users.
     h2:focus outranks :focus-visible, so the ring is given back in that order. */
  h2:focus,
  h3:focus {
    outline: none;
  }
  h2:focus-visible,
  h3:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  /* The busy indicator every element shows while it loads or sends. */
  .spinner {
    width: 1.25rem;
    height: 1.25rem;
    border: 3px solid var(--_border);
    border-top-color: var(--_accent);
    border-radius: 50%;
    animation: spin 0.9s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
    }
  }
  @media print {
    :host {
      --_accent: #000;
      --_text: #000;
      --_muted: #333;
      --_surface: #fff;
      --_surface-alt: #fff;
      --_border: #777;
      color-scheme: light;
    }
  }
`;

/** Buttons and links that look like buttons, at least 24x24 px (WCAG 2.5.8). */
export const controls = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) * 2);
    min-height: var(--_target);
    min-width: var(--_target);
    padding: calc(var(--_space) * 2) calc(var(--_space) * 4);
    border: 2px solid var(--_accent);
    border-radius: var(--settle-button-radius, var(--_radius));
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
    background: var(--settle-button-background, var(--_accent));
    color: var(--settle-button-color, var(--_on-accent));
  }
  .button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  .button:hover {
    filter: brightness(1.08);
  }
  .button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  @media print {
    .button {
      display: none;
    }
  }
`;
