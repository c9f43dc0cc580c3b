import type { DashboardInsights } from '../dashboard/insights.js';
import { conversionTable, csatTable, formatCount, formatPercent, funnelTable, heatmapTable } from './charts.js';
import { element } from './dom.js';
import { SEGMENTS_DE, SENTIMENTS_DE, TONES_DE, WEEKDAY_NAMES_DE } from './labels-de.js';

/** The insight panels: funnel, best contact time, CSAT per segment, comments with sentiment, the tone experiment. */

// The insights' weekday codes, Monday first (as their grid rows).
const WEEKDAY_CODES: readonly string[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const CHANNELS_DE: Readonly<Record<string, string>> = { email: 'E-Mail', sms: 'SMS', whatsapp: 'WhatsApp' };
const date = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium' });
const points = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1, minimumFractionDigits: 1, signDisplay: 'exceptZero' });

function show(id: string, ...nodes: Node[]): void {
  document.getElementById(id)?.replaceChildren(...nodes);
}

export function renderInsights(insights: DashboardInsights): void {
  const note = document.getElementById('sample-note');
  if (note) note.textContent = `Beispieldaten / sample data: ${formatCount(insights.sampleJourneys)} erfundene Verläufe, zusammen mit den echten Ereignissen der Beispielschuldner.`;

  show(
    'funnel-chart',
    funnelTable(insights.funnel.all, 'Alle Fälle'),
    conversionTable(insights.funnel.bySegment, 'Abschlussquote je Segment', 'Segment', SEGMENTS_DE),
    conversionTable(insights.funnel.byChannel, 'Abschlussquote je Kanal', 'Kanal', CHANNELS_DE),
  );

  const best = insights.contactTimes.best;
  const bestText = best
    ? `Beste Zeit: ${WEEKDAY_NAMES_DE[WEEKDAY_CODES.indexOf(best.weekday)]}, ${best.hour}–${best.hour + 1} Uhr (${formatCount(best.outcomes)} Abschlüsse, ${formatCount(best.opens)} geöffnete Links).`
    : 'Noch keine geöffneten Links.';
  // On narrow screens the grid scrolls on its own; keyboard users reach it as a named region.
  const scroll = element('div', undefined, 'table-scroll');
  scroll.tabIndex = 0;
  scroll.setAttribute('role', 'region');
  scroll.setAttribute('aria-labelledby', 'heatmap-heading');
  scroll.append(heatmapTable(insights.contactTimes));
  show('heatmap', element('p', bestText, 'best-time'), scroll);

  show('csat-chart', csatTable(insights.csat.all, insights.csat.bySegment, insights.csat.scale, SEGMENTS_DE));

  const list = element('ul', undefined, 'comments');
  for (const comment of insights.comments) {
    const item = element('li');
    item.dataset.sentiment = comment.sentiment;
    const tag = element('span', SENTIMENTS_DE[comment.sentiment] ?? comment.sentiment, `tag tag-${comment.sentiment}`);
    const meta = [
      date.format(new Date(comment.time)),
      comment.csat === undefined ? undefined : `Bewertung ${comment.csat}`,
      comment.segment ? SEGMENTS_DE[comment.segment] : undefined,
      comment.sample ? 'Beispiel' : 'echt',
    ]
      .filter(Boolean)
      .join(' · ');
    const quote = element('q', comment.comment);
    quote.lang = comment.locale;
    item.append(tag, document.createTextNode(' '), quote, element('span', ` ${meta}`, 'meta'));
    list.append(item);
  }
  show('comments', insights.comments.length > 0 ? list : element('p', 'Noch keine Kommentare.', 'empty'));

  renderExperiment(insights.experiment);
}

function renderExperiment(experiment: DashboardInsights['experiment']): void {
  const table = element('table');
  table.append(element('caption', `Test ${experiment.experimentId}: Ton der ersten Erinnerung`));
  const head = element('tr');
  for (const [header, numeric] of [
    ['Variante', false],
    ['Fälle', true],
    ['Abschlüsse', true],
    ['Quote', true],
    ['95-%-Intervall', true],
  ] as const) {
    const th = element('th', header, numeric ? 'numeric' : undefined);
    th.scope = 'col';
    head.append(th);
  }
  const thead = element('thead');
  thead.append(head);
  const body = element('tbody');
  for (const variant of experiment.variants) {
    const row = element('tr');
    row.dataset.variant = variant.variant;
    const name = element('th', TONES_DE[variant.variant] ?? variant.variant);
    name.scope = 'row';
    row.append(
      name,
      element('td', formatCount(variant.claims), 'numeric'),
      element('td', formatCount(variant.converted), 'numeric'),
      element('td', formatPercent(variant.rate), 'numeric'),
      element('td', `${formatPercent(variant.interval.low)} – ${formatPercent(variant.interval.high)}`, 'numeric'),
    );
    body.append(row);
  }
  table.append(thead, body);
  const nodes: Node[] = [table];
  for (const comparison of experiment.comparisons) {
    const range = `${points.format(comparison.difference.low * 100)} bis ${points.format(comparison.difference.high * 100)}`;
    const difference = element(
      'p',
      `Unterschied ${TONES_DE[comparison.variant]} gegen ${TONES_DE[comparison.control]}: ${points.format(comparison.difference.estimate * 100)} Prozentpunkte (95-%-Intervall ${range}).`,
      'difference',
    );
    const summary = element('p', comparison.summary.de, comparison.significant ? 'verdict significant' : 'verdict');
    summary.dataset.significant = String(comparison.significant);
    nodes.push(difference, summary);
  }
  show('experiment', ...nodes);
}
