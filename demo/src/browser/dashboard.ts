import type { DashboardData, RecordRow } from '../dashboard/dashboard-data.js';
import { csatChart, FUNNEL_STAGES, funnelChart, type FunnelRow } from './charts.js';
import { element } from './dom.js';
import { label, SEGMENTS } from './labels.js';
import { formatAmount } from './money.js';
import { dataTable, type Column } from './table.js';

/** The creditor dashboard: /demo-api/dashboard rendered as figures, charts and tables, refreshed every few seconds. */

/** A table cell's value: whatever a record row holds, or nothing. */
type Cell = string | number | boolean | null | undefined;

const REFRESH_MS = 5_000;
const LOCALE = 'en';
const time = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeStyle: 'short' });

const when = (iso: Cell) => (typeof iso === 'string' ? time.format(new Date(iso)) : '–');
const money = (amount: Cell, currency: Cell) => (typeof amount === 'string' && typeof currency === 'string' ? formatAmount(amount, currency, LOCALE) : '–');
const text = (value: Cell) => label(value);

const common: Column<RecordRow>[] = [
  { header: 'Debtor', cell: (row) => row.debtorName },
  { header: 'Received', cell: (row) => when(row.createdAt) },
];

function show(id: string, node: Node): void {
  document.getElementById(id)?.replaceChildren(node);
}

function kpis(data: DashboardData): HTMLElement[] {
  const byStatus = (status: string) => data.claims.filter((claim) => claim.status === status).length;
  const figures: Array<[string, string]> = [
    ['Claims', String(data.claims.length)],
    ['Open', String(byStatus('open'))],
    ['Plan active', String(byStatus('plan_active'))],
    ['Settled', String(byStatus('settled'))],
    ['Disputed', String(byStatus('disputed'))],
    ['Collected', data.collected.map((sum) => formatAmount(sum.amount, sum.currency, LOCALE)).join(' + ') || formatAmount('0', 'EUR', LOCALE)],
  ];
  return figures.map(([name, value]) => {
    const figure = element('div', undefined, 'kpi');
    figure.dataset.kpi = name;
    figure.append(element('dt', name), element('dd', value));
    return figure;
  });
}

function render(data: DashboardData): void {
  document.getElementById('kpis')?.replaceChildren(...kpis(data));

  const funnel = element('div');
  const legend = element('ul', undefined, 'legend');
  FUNNEL_STAGES.forEach((stage, index) => {
    const item = element('li');
    item.append(element('span', undefined, `swatch stage-${index}`), document.createTextNode(stage.name));
    legend.append(item);
  });
  const asTable = element('details');
  asTable.append(
    element('summary', 'Show as a table'),
    dataTable('Funnel by segment', [{ header: 'Segment', cell: (row: FunnelRow) => label(row.segment, SEGMENTS) }, ...FUNNEL_STAGES.map((stage) => ({ header: stage.name, numeric: true, cell: (row: FunnelRow) => String(row[stage.key]) }))], data.funnel, ''),
  );
  funnel.append(legend, funnelChart(data.funnel), asTable);
  show('funnel-chart', funnel);
  show('csat-chart', csatChart(data.csat));
  const hint = document.getElementById('csat-hint');
  if (hint) hint.textContent = `${data.csat.responses} responses on a ${data.csat.min}–${data.csat.max} scale.`;

  show('claims', dataTable('Claims and their state', [
    { header: 'Debtor', cell: (claim) => claim.debtorName },
    { header: 'Creditor', cell: (claim) => claim.creditorName },
    { header: 'Situation', cell: (claim) => label(claim.situation, SEGMENTS) },
    { header: 'Quiz segment', cell: (claim) => label(claim.segment, SEGMENTS) },
    { header: 'State', cell: (claim) => label(claim.status) },
    { header: 'Open amount', numeric: true, cell: (claim) => formatAmount(claim.total, claim.currency, LOCALE) },
    { header: 'Balance version', numeric: true, cell: (claim) => String(claim.balanceVersion) },
  ], data.claims, 'No claims.'));
  show('payments', dataTable('Payments', [
    ...common,
    { header: 'Outcome', cell: (row) => text(row.outcome) },
    { header: 'Amount', numeric: true, cell: (row) => money(row.amount, row.currency) },
    { header: 'Option', cell: (row) => text(row.option) },
    { header: 'Provider', cell: (row) => text(row.provider) },
    { header: 'Failure', cell: (row) => text(row.failureReason) },
  ], data.payments, 'No payments yet.'));
  show('plans', dataTable('Plans', [
    ...common,
    { header: 'Kind', cell: (row) => text(row.kind) },
    { header: 'Instalments', numeric: true, cell: (row) => text(row.instalmentCount) },
    { header: 'Frequency', cell: (row) => text(row.frequency) },
    { header: 'Total', numeric: true, cell: (row) => money(row.total, row.currency) },
  ], data.plans, 'No plans yet.'));
  show('promises', dataTable('Promises to pay', [
    ...common,
    { header: 'Promised for', cell: (row) => text(row.promisedDate) },
    { header: 'Amount', numeric: true, cell: (row) => money(row.amount, row.currency) },
  ], data.promises, 'No promises to pay yet.'));
  show('disputes', dataTable('Disputes', [...common, { header: 'Reason', cell: (row) => text(row.reason) }, { header: 'Note', cell: (row) => text(row.note) }], data.disputes, 'No disputes.'));
  show('contact-requests', dataTable('Contact requests', [
    ...common,
    { header: 'Channel', cell: (row) => text(row.channel) },
    { header: 'When', cell: (row) => text(row.timeWindow) },
    { header: 'Hardship', cell: (row) => text(row.hardship) },
    { header: 'Note', cell: (row) => text(row.topic) },
  ], data.contactRequests, 'No contact requests.'));
  show('feedback', dataTable('Feedback', [...common, { header: 'Score', numeric: true, cell: (row) => text(row.score) }, { header: 'Comment', cell: (row) => text(row.comment) }], data.feedback, 'No feedback yet.'));

  const updated = document.getElementById('updated');
  if (updated) updated.textContent = `Updated ${time.format(new Date(data.generatedAt))}; refreshes every ${REFRESH_MS / 1000} s.`;
}

async function refresh(): Promise<void> {
  const problem = document.getElementById('load-error');
  try {
    const response = await fetch('/demo-api/dashboard', { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    render((await response.json()) as DashboardData);
    if (problem) problem.hidden = true;
  } catch {
    if (problem) {
      problem.textContent = 'The dashboard could not be loaded. Is the demo still running?';
      problem.hidden = false;
    }
  }
}

document.getElementById('refresh')?.addEventListener('click', () => void refresh());
void refresh();
setInterval(() => void refresh(), REFRESH_MS);
