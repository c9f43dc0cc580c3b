import { html, type TemplateResult } from 'lit';
import { sparkles } from './sparkles.js';

/** Two speech bubbles: "is there anything we should know", a conversation between people. */
export function hands(playful: boolean): TemplateResult {
  return html`<svg viewBox="0 0 120 96" width="120" height="96" aria-hidden="true" focusable="false">
    <path d="M18 22 h52 a6 6 0 0 1 6 6 v24 a6 6 0 0 1 -6 6 h-34 l-12 10 v-10 h-6 a6 6 0 0 1 -6 -6 v-24 a6 6 0 0 1 6 -6z" fill="var(--_illustration-fill)" stroke="currentColor" stroke-width="3" stroke-linejoin="round" />
    <path d="M58 44 h42 a6 6 0 0 1 6 6 v18 a6 6 0 0 1 -6 6 h-4 v9 l-11 -9 h-27 a6 6 0 0 1 -6 -6 v-18 a6 6 0 0 1 6 -6z" fill="var(--_illustration-accent)" stroke="currentColor" stroke-width="3" stroke-linejoin="round" />
    <path d="M30 36 h28 M30 44 h18" stroke="currentColor" stroke-width="3" stroke-linecap="round" />
    ${sparkles(playful)}
  </svg>`;
}
