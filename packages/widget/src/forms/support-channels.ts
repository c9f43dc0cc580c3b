import { pickText, type HumanRoute, type SupportChannels } from '@settle/protocol';
import { html, nothing, type TemplateResult } from 'lit';
import { mailtoHref, telHref } from '../core/safe-url.js';
import type { Translate } from '../i18n/i18n.js';

/** Only https pages become chat or advice links; anything else (javascript:, data:, http:) is dropped. */
export function httpsHref(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && !url.username && !url.password ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The creditor's channels, topped up with the human route a server answer names. */
export function mergeSupport(channels: SupportChannels | undefined, route?: HumanRoute): SupportChannels {
  const merged: SupportChannels = { ...channels };
  if (!merged.phone && route?.phone) merged.phone = route.phone;
  if (!merged.email && route?.email) merged.email = route.email;
  if (!merged.chatUrl && route?.url) merged.chatUrl = route.url;
  return merged;
}

export interface SupportOptions {
  /** Heading level that fits where the block sits. */
  level?: 2 | 3;
  /** Show the free debt advice the creditor points to (hardship). */
  debtAdvice?: boolean;
}

/**
 * Where a person can help: phone (tel:), chat (https only) and email (mailto:), with opening
 * hours. Creditor strings go through text bindings, so markup in them shows as text.
 */
export function renderSupportChannels(t: Translate, support: SupportChannels, locale: string, options: SupportOptions = {}): TemplateResult {
  const phone = support.phone ? telHref(support.phone) : undefined;
  const email = support.email ? mailtoHref(support.email) : undefined;
  const chat = httpsHref(support.chatUrl) ?? httpsHref(support.contactUrl);
  const hours = support.openingHours ? pickText(support.openingHours, locale) : undefined;
  const advice = options.debtAdvice ? (support.debtAdvice ?? []) : [];
  const heading = t('contact.support.title');
  const hasAny = phone || email || chat;
  return html`<section part="support" class="support" aria-label=${heading}>
    ${options.level === 2 ? html`<h2 class="support-title">${heading}</h2>` : html`<h3 class="support-title">${heading}</h3>`}
    ${
      hasAny
        ? html`<ul class="support-list">
          ${phone ? html`<li><span class="support-kind">${t('contact.support.phone')}</span> <a part="support-link" href=${phone}>${support.phone}</a></li>` : nothing}
          ${chat ? html`<li><span class="support-kind">${t('contact.support.chat')}</span> <a part="support-link" href=${chat} target="_blank" rel="noopener noreferrer">${t('contact.support.openChat')}</a></li>` : nothing}
          ${email ? html`<li><span class="support-kind">${t('contact.support.email')}</span> <a part="support-link" href=${email}>${support.email}</a></li>` : nothing}
        </ul>`
        : html`<p>${t('contact.support.none')}</p>`
    }
    ${hours ? html`<p class="support-hours">${t('contact.support.hours', { hours })}</p>` : nothing}
    ${
      advice.length
        ? html`<p class="support-advice-intro">${t('contact.support.debtAdvice')}</p>
          <ul class="support-list">
            ${advice.map((entry) => {
              const href = httpsHref(entry.url);
              const name = pickText(entry.name, locale);
              const tel = entry.phone ? telHref(entry.phone) : undefined;
              return html`<li>
                ${href ? html`<a part="support-link" href=${href} target="_blank" rel="noopener noreferrer">${name}</a>` : name}
                ${tel ? html` · <a part="support-link" href=${tel}>${entry.phone}</a>` : nothing}
              </li>`;
            })}
          </ul>`
        : nothing
    }
  </section>`;
}
