import { html, type TemplateResult } from 'lit';
import { ApiError } from '../api/api-error.js';
import type { Translate } from '../i18n/i18n.js';

/** The translated text for a failure; debtors never see raw server messages or stack traces. */
export function errorText(t: Translate, error: unknown): string {
  const code = error instanceof ApiError ? error.code : 'unknown';
  switch (code) {
    case 'network':
      return t('common.error.network');
    case 'timeout':
      return t('common.error.timeout');
    case 'token_missing':
    case 'token_invalid':
    case 'token_expired':
    case 'token_wrong_claim':
      return t('common.error.token');
    default:
      return t('common.error.generic');
  }
}

/**
 * A friendly error state with a retry button; shared by every element. No role="alert"
 * here: the element announces the error through its persistent live region instead.
 */
export function renderErrorState(t: Translate, error: unknown, retry: () => void): TemplateResult {
  return html`<div part="error" class="error">
    <p part="error-title" class="error-title">${t('common.errorTitle')}</p>
    <p part="error-text">${errorText(t, error)}</p>
    <button part="retry-button" class="button" type="button" @click=${retry}>${t('common.retry')}</button>
  </div>`;
}
