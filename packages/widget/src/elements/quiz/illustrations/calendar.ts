import { html, type TemplateResult } from 'lit';
import { sparkles } from './sparkles.js';

/** A calendar page with one day marked: "when could you pay". */
export function calendar(playful: boolean): TemplateResult {
  return html`<svg viewBox="0 0 120 96" width="120" height="96" aria-hidden="true" focusable="false">
    <rect x="28" y="20" width="64" height="62" rx="6" fill="var(--_illustration-fill)" stroke="currentColor" stroke-width="3" />
    <path d="M28 36 h64" stroke="currentColor" stroke-width="3" />
    <path d="M44 14 v12 M76 14 v12" stroke="currentColor" stroke-width="3" stroke-linecap="round" />
    <g fill="currentColor" opacity="0.45">
      <rect x="38" y="44" width="8" height="8" rx="2" /><rect x="56" y="44" width="8" height="8" rx="2" />
      <rect x="38" y="60" width="8" height="8" rx="2" /><rect x="56" y="60" width="8" height="8" rx="2" />
    </g>
    <rect x="72" y="58" width="12" height="12" rx="3" fill="var(--_illustration-accent)" />
    ${sparkles(playful)}
  </svg>`;
}
