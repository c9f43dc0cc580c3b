import { html, type TemplateResult } from 'lit';
import { sparkles } from './sparkles.js';

/** A signpost: the result, pointing to the options that fit. Also the fallback for unknown keys. */
export function signpost(playful: boolean): TemplateResult {
  return html`<svg viewBox="0 0 120 96" width="120" height="96" aria-hidden="true" focusable="false">
    <path d="M58 18 v66" stroke="currentColor" stroke-width="4" stroke-linecap="round" />
    <path d="M60 24 h34 l10 9 -10 9 h-34z" fill="var(--_illustration-accent)" stroke="currentColor" stroke-width="3" stroke-linejoin="round" />
    <path d="M56 48 h-32 l-10 9 10 9 h32z" fill="var(--_illustration-fill)" stroke="currentColor" stroke-width="3" stroke-linejoin="round" />
    <path d="M40 86 h36" stroke="currentColor" stroke-width="4" stroke-linecap="round" />
    ${sparkles(playful)}
  </svg>`;
}
