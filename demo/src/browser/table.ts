import { element } from './dom.js';

export interface Column<Row> {
  header: string;
  cell: (row: Row) => string;
  numeric?: boolean;
}

/** An accessible data table (caption, column headers), or a short note when there are no rows. */
export function dataTable<Row>(caption: string, columns: readonly Column<Row>[], rows: readonly Row[], empty: string): HTMLElement {
  if (rows.length === 0) return element('p', empty, 'empty');
  const table = element('table');
  table.append(element('caption', caption));
  const headRow = element('tr');
  for (const column of columns) {
    const th = element('th', column.header, column.numeric ? 'numeric' : undefined);
    th.scope = 'col';
    headRow.append(th);
  }
  table.append(element('thead'));
  table.tHead?.append(headRow);
  const body = element('tbody');
  for (const row of rows) {
    const tr = element('tr');
    for (const column of columns) tr.append(element('td', column.cell(row), column.numeric ? 'numeric' : undefined));
    body.append(tr);
  }
  table.append(body);
  return table;
}
