import { html, type TemplateResult } from 'lit';
import { sparkles } from './sparkles.js';

/** Two stacks of coins: "how much could you manage". */
export function coins(playful: boolean): TemplateResult {
  return html`<svg viewBox="0 0 120 96" width="120" height="96" aria-hidden="true" focusable="false">
    <g fill="var(--_illustration-fill)" stroke="currentColor" stroke-width="3">
      <ellipse cx="46" cy="72" rx="18" ry="6" /><ellipse cx="46" cy="62" rx="18" ry="6" /><ellipse cx="46" cy="52" rx="18" ry="6" />
      <ellipse cx="78" cy="72" rx="18" ry="6" />
    </g>
    <ellipse cx="78" cy="60" rx="18" ry="6" fill="var(--_illustration-accent)" stroke="currentColor" stroke-width="3" />
    ${sparkles(playful)}
  </svg>`;
}
