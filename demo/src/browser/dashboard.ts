import type { DashboardData, RecordRow } from '../dashboard/dashboard-data.js';
import { element } from './dom.js';
import { renderInsights } from './insights.js';
import { labelDe as label, SEGMENTS_DE as SEGMENTS } from './labels-de.js';
import { formatAmount } from './money.js';
import { dataTable, type Column } from './table.js';

/** The creditor dashboard: /demo-api/dashboard rendered as figures, charts and tables, refreshed every few seconds. */

/** A table cell's value: whatever a record row holds, or nothing. */
type Cell = string | number | boolean | null | undefined;

const REFRESH_MS = 5_000;
const LOCALE = 'de-DE';
const time = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeStyle: 'short' });

const when = (iso: Cell) => (typeof iso === 'string' ? time.format(new Date(iso)) : '–');
const money = (amount: Cell, currency: Cell) => (typeof amount === 'string' && typeof currency === 'string' ? formatAmount(amount, currency, LOCALE) : '–');
const text = (value: Cell) => label(value);

const common: Column<RecordRow>[] = [
  { header: 'Schuldner', cell: (row) => row.debtorName },
  { header: 'Eingegangen', cell: (row) => when(row.createdAt) },
];

function show(id: string, node: Node): void {
  document.getElementById(id)?.replaceChildren(node);
}

function kpis(data: DashboardData): HTMLElement[] {
  const byStatus = (status: string) => data.claims.filter((claim) => claim.status === status).length;
  const figures: Array<[string, string]> = [
    ['Forderungen', String(data.claims.length)],
    ['Offen', String(byStatus('open'))],
    ['Plan aktiv', String(byStatus('plan_active'))],
    ['Erledigt', String(byStatus('settled'))],
    ['Bestritten', String(byStatus('disputed'))],
    ['Eingezogen', data.collected.map((sum) => formatAmount(sum.amount, sum.currency, LOCALE)).join(' + ') || formatAmount('0', 'EUR', LOCALE)],
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
  renderInsights(data.insights);

  show(
    'claims',
    dataTable(
      'Forderungen und ihr Stand',
      [
        { header: 'Schuldner', cell: (claim) => claim.debtorName },
        { header: 'Gläubiger', cell: (claim) => claim.creditorName },
        { header: 'Situation', cell: (claim) => label(claim.situation, SEGMENTS) },
        { header: 'Segment laut Fragen', cell: (claim) => label(claim.segment, SEGMENTS) },
        { header: 'Stand', cell: (claim) => label(claim.status) },
        { header: 'Offener Betrag', numeric: true, cell: (claim) => formatAmount(claim.total, claim.currency, LOCALE) },
        { header: 'Saldo-Version', numeric: true, cell: (claim) => String(claim.balanceVersion) },
      ],
      data.claims,
      'Keine Forderungen.',
    ),
  );
  show(
    'payments',
    dataTable(
      'Zahlungen',
      [
        ...common,
        { header: 'Ergebnis', cell: (row) => text(row.outcome) },
        { header: 'Betrag', numeric: true, cell: (row) => money(row.amount, row.currency) },
        { header: 'Option', cell: (row) => text(row.option) },
        { header: 'Anbieter', cell: (row) => text(row.provider) },
        { header: 'Fehler', cell: (row) => text(row.failureReason) },
      ],
      data.payments,
      'Noch keine Zahlungen.',
    ),
  );
  show(
    'plans',
    dataTable(
      'Pläne',
      [
        ...common,
        { header: 'Art', cell: (row) => text(row.kind) },
        { header: 'Raten', numeric: true, cell: (row) => text(row.instalmentCount) },
        { header: 'Rhythmus', cell: (row) => text(row.frequency) },
        { header: 'Summe', numeric: true, cell: (row) => money(row.total, row.currency) },
      ],
      data.plans,
      'Noch keine Pläne.',
    ),
  );
  show(
    'promises',
    dataTable(
      'Zahlungszusagen',
      [...common, { header: 'Zugesagt für', cell: (row) => text(row.promisedDate) }, { header: 'Betrag', numeric: true, cell: (row) => money(row.amount, row.currency) }],
      data.promises,
      'Noch keine Zahlungszusagen.',
    ),
  );
  show(
    'disputes',
    dataTable('Widersprüche', [...common, { header: 'Grund', cell: (row) => text(row.reason) }, { header: 'Notiz', cell: (row) => text(row.note) }], data.disputes, 'Keine Widersprüche.'),
  );
  show(
    'contact-requests',
    dataTable(
      'Kontaktwünsche',
      [
        ...common,
        { header: 'Kanal', cell: (row) => text(row.channel) },
        { header: 'Wann', cell: (row) => text(row.timeWindow) },
        { header: 'Notlage', cell: (row) => text(row.hardship) },
        { header: 'Notiz', cell: (row) => text(row.topic) },
      ],
      data.contactRequests,
      'Keine Kontaktwünsche.',
    ),
  );
  show(
    'feedback',
    dataTable(
      'Feedback',
      [...common, { header: 'Bewertung', numeric: true, cell: (row) => text(row.score) }, { header: 'Kommentar', cell: (row) => text(row.comment) }],
      data.feedback,
      'Noch kein Feedback.',
    ),
  );

  const updated = document.getElementById('updated');
  if (updated) updated.textContent = `Stand ${time.format(new Date(data.generatedAt))}; aktualisiert sich alle ${REFRESH_MS / 1000} s.`;
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
      problem.textContent = 'Das Dashboard konnte nicht geladen werden. Läuft die Demo noch?';
      problem.hidden = false;
    }
  }
}

document.getElementById('refresh')?.addEventListener('click', () => void refresh());
void refresh();
setInterval(() => void refresh(), REFRESH_MS);
