import { css } from 'lit';

/** The score row, its labelled ends, and a print layout that keeps the receipt and contacts. */
export const feedbackStyles = css`
  .receipt,
  .survey {
    margin-bottom: calc(var(--_space) * 6);
  }
  /* The scale and its labelled ends are as wide as the points, so "very satisfied" sits
     under the highest point. */
  .scale-area {
    width: fit-content;
    max-width: 100%;
  }
  /* Every point is a 44 px target (WCAG 2.5.5), so a long scale wraps onto a second row
     on a phone rather than shrinking its points. */
  .scale {
    display: flex;
    flex-wrap: wrap;
    gap: var(--settle-feedback-scale-gap, calc(var(--_space) * 1.5));
  }
  .scale-point {
    display: inline-flex;
    flex: 0 0 auto;
    width: var(--_target);
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: var(--_space);
    min-width: 44px;
    min-height: max(44px, var(--_target));
    padding: calc(var(--_space) * 1.5) 0;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
    font-weight: 600;
    background: var(--_surface);
  }
  .scale-point:has(input:checked) {
    border-color: var(--_accent);
    background: var(--_surface-alt);
  }
  .scale-point:has(input:focus-visible) {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  .scale-ends {
    display: flex;
    justify-content: space-between;
    gap: calc(var(--_space) * 4);
    margin-top: calc(var(--_space) * 2);
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .print-hint {
    color: var(--_muted);
  }
  @media print {
    .survey,
    .print-hint {
      display: none;
    }
    .support {
      border: 0;
      padding: 0;
    }
  }
`;
