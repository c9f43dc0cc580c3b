import { html, type TemplateResult } from 'lit';

/**
 * Shown only when the texts themselves failed to load, so there are no translations to
 * use: a short bilingual message and a retry, rather than a blank box.
 */
export function renderTextsFailed(retry: () => void): TemplateResult {
  return html`<div part="error" class="error">
    <p lang="en">This could not be loaded. Please check your connection.</p>
    <p lang="de">Das konnte nicht geladen werden. Bitte prüfen Sie Ihre Verbindung.</p>
    <button part="retry-button" class="button" type="button" @click=${retry}>
      <span lang="en">Try again</span> / <span lang="de">Erneut versuchen</span>
    </button>
  </div>`;
}
