import { pickText, type Fact, type Segment } from '@settle/protocol';
import { html, nothing, type TemplateResult } from 'lit';
import type { Translate } from '../../i18n/i18n.js';
import { formatDate } from '../../i18n/format.js';
import { httpsHref } from '../../forms/support-channels.js';

/**
 * The creditor's "did you know" facts for a moment in the quiz: during the steps only
 * those meant for everyone, on the result those for the segment. Settle adds none.
 */
export function factsFor(facts: readonly Fact[], segment?: Segment): Fact[] {
  return facts.filter((fact) => (segment ? !fact.segments || fact.segments.includes(segment) : !fact.segments));
}

/** One fact with its source and date; every creditor string as text. */
export function renderFact(t: Translate, fact: Fact, locale: string): TemplateResult {
  const source = httpsHref(fact.sourceUrl);
  // The long style, as every other date on the screen (one date style per screen).
  const date = formatDate(fact.date, locale);
  const name = typeof fact.source === 'string' ? fact.source : pickText(fact.source, locale);
  return html`<figure part="fact" class="fact">
    <p class="fact-title">${t('quiz.fact.title')}${fact.sample ? html` <span class="fact-sample">${t('quiz.fact.sample')}</span>` : nothing}</p>
    <blockquote class="fact-text"><p>${pickText(fact.text, locale)}</p></blockquote>
    <figcaption class="fact-source">
      ${t('quiz.fact.source')}
      ${source ? html`<a href=${source} target="_blank" rel="noopener noreferrer">${name}</a>` : name}, ${date}
    </figcaption>
  </figure>`;
}
