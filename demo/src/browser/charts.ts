import type { ContactTimes, CsatSummary, Funnel } from '@settle/server-sdk';
import { svg, element } from './dom.js';
import { FUNNEL_STAGES_DE, WEEKDAYS_DE } from './labels-de.js';

/**
 * The dashboard's charts as tables with text values; bars are SVG rects sized by their
 * width attribute (presentation attributes, never inline styles: the page's CSP forbids them).
 */

const LOCALE = 'de-DE';
const percent = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 1 });
const decimal = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const count = new Intl.NumberFormat(LOCALE);

export const formatPercent = (value: number | null) => (value === null ? '–' : percent.format(value));
export const formatDecimal = (value: number | null) => (value === null ? '–' : decimal.format(value));
export const formatCount = (value: number) => count.format(value);

/** A horizontal bar for a share between 0 and 1, hidden from assistive technology: the cell beside it says the number. */
export function bar(share: number, className: string): SVGSVGElement {
  const chart = svg('svg', { viewBox: '0 0 100 10', preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false', class: 'bar' });
  chart.append(svg('rect', { x: 0, y: 0, width: Math.max(0.5, Math.min(100, share * 100)), height: 10, class: className }));
  return chart;
}

function cell(tag: 'td' | 'th', text: string, className?: string): HTMLTableCellElement {
  const node = element(tag, text, className);
  if (tag === 'th') node.scope = 'row';
  return node;
}

function table(caption: string, headers: readonly string[], numeric: readonly boolean[]): HTMLTableElement {
  const node = element('table');
  node.append(element('caption', caption));
  const head = element('thead');
  const row = element('tr');
  headers.forEach((header, index) => {
    const th = element('th', header, numeric[index] ? 'numeric' : undefined);
    th.scope = 'col';
    row.append(th);
  });
  head.append(row);
  node.append(head, element('tbody'));
  return node;
}

/** The funnel sent → opened → viewed → chose → agreed or paid: claims per stage, the rate from the stage before, a bar of the share of all sent. */
export function funnelTable(funnel: Funnel, caption: string): HTMLTableElement {
  const node = table(caption, ['Stufe', 'Fälle', 'Quote zur Vorstufe', 'Anteil aller Gesendeten'], [false, true, true, false]);
  for (const stage of funnel) {
    const row = element('tr');
    row.dataset.stage = stage.stage;
    const share = element('td');
    share.append(bar(stage.fromFirst ?? 0, 'funnel-bar'), document.createTextNode(` ${formatPercent(stage.fromFirst)}`));
    row.append(cell('th', FUNNEL_STAGES_DE[stage.stage] ?? stage.stage), cell('td', formatCount(stage.claims), 'numeric'), cell('td', formatPercent(stage.fromPrevious), 'numeric'), share);
    node.tBodies[0]?.append(row);
  }
  return node;
}

/** Conversion per group (segment, channel or tone): sent and outcome claims and their ratio. */
export function conversionTable(groups: Record<string, Funnel>, caption: string, groupHeader: string, names: Readonly<Record<string, string>>): HTMLTableElement {
  const node = table(caption, [groupHeader, 'Gesendet', 'Vereinbart oder bezahlt', 'Abschlussquote'], [false, true, true, false]);
  for (const [group, funnel] of Object.entries(groups)) {
    const first = funnel[0];
    const last = funnel[funnel.length - 1];
    const row = element('tr');
    row.dataset.group = group;
    const rate = element('td');
    rate.append(bar(last?.fromFirst ?? 0, 'funnel-bar'), document.createTextNode(` ${formatPercent(last?.fromFirst ?? null)}`));
    row.append(cell('th', names[group] ?? group), cell('td', formatCount(first?.claims ?? 0), 'numeric'), cell('td', formatCount(last?.claims ?? 0), 'numeric'), rate);
    node.tBodies[0]?.append(row);
  }
  return node;
}

/** Links opened by weekday × hour in the debtor's time zone; each cell says its number, shading only repeats it. */
export function heatmapTable(times: ContactTimes): HTMLTableElement {
  const node = element('table', undefined, 'heatmap');
  node.append(element('caption', 'Geöffnete Links je Wochentag und Stunde (Ortszeit der Schuldner)'));
  const head = element('tr');
  const corner = element('th', 'Tag');
  corner.scope = 'col';
  head.append(corner);
  for (let hour = 0; hour < 24; hour++) {
    const th = element('th', String(hour), 'numeric');
    th.scope = 'col';
    th.title = `${hour}–${hour + 1} Uhr`;
    head.append(th);
  }
  const thead = element('thead');
  thead.append(head);
  const body = element('tbody');
  const max = Math.max(1, ...times.opens.flat());
  times.opens.forEach((hours, day) => {
    const row = element('tr');
    row.append(cell('th', WEEKDAYS_DE[day] ?? ''));
    hours.forEach((opens) => {
      // Five shades; 0 stays blank so the busy hours stand out.
      const level = opens === 0 ? 0 : Math.min(4, 1 + Math.floor((opens / max) * 4));
      row.append(cell('td', String(opens), `numeric heat-${level}`));
    });
    body.append(row);
  });
  node.append(thead, body);
  return node;
}

/** CSAT per segment: average on the scale, responses, a bar of the average's position on the scale. */
export function csatTable(all: CsatSummary, bySegment: Record<string, CsatSummary>, scale: { min: number; max: number }, names: Readonly<Record<string, string>>): HTMLTableElement {
  const node = table(`Durchschnitt auf der Skala ${scale.min}–${scale.max}`, ['Segment', 'Durchschnitt', 'Antworten', 'Verteilung'], [false, true, true, false]);
  const rows: Array<[string, string, CsatSummary]> = [
    ...Object.entries(bySegment).map(([segment, summary]): [string, string, CsatSummary] => [segment, names[segment] ?? segment, summary]),
    ['all', 'Alle', all],
  ];
  for (const [key, name, summary] of rows) {
    const row = element('tr', undefined, key === 'all' ? 'total' : undefined);
    row.dataset.segment = key;
    const average = summary.average === null ? 0 : (summary.average - scale.min) / (scale.max - scale.min);
    const distribution = element('td');
    distribution.append(bar(average, 'csat-bar'), document.createTextNode(` ${summary.distribution.map((n, index) => `${scale.min + index}: ${n}`).join(' · ')}`));
    row.append(cell('th', name), cell('td', formatDecimal(summary.average), 'numeric'), cell('td', formatCount(summary.responses), 'numeric'), distribution);
    node.tBodies[0]?.append(row);
  }
  return node;
}
