import { html, type TemplateResult } from 'lit';
import { sparkles } from './sparkles.js';

/** A letter with a check mark: "what happened" with the bill. */
export function envelope(playful: boolean): TemplateResult {
  return html`<svg viewBox="0 0 120 96" width="120" height="96" aria-hidden="true" focusable="false">
    <rect x="20" y="26" width="80" height="52" rx="6" fill="var(--_illustration-fill)" stroke="currentColor" stroke-width="3" />
    <path d="M22 30 l38 28 38 -28" fill="none" stroke="currentColor" stroke-width="3" stroke-linejoin="round" />
    <circle cx="92" cy="28" r="12" fill="var(--_illustration-accent)" />
    <path d="M86 28 l4 4 8 -8" fill="none" stroke="var(--_illustration-on-accent)" stroke-width="3" stroke-linecap="round" stroke-linejoin="round" />
    ${sparkles(playful)}
  </svg>`;
}
