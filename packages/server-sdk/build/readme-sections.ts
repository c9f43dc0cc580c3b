import { API_ROUTES, ERROR_MEANINGS, ROUTE_CONTRACTS, ERROR_STATUS, ROUTE_NAMES, SETTLE_EVENTS, type ErrorCode, type SettleEventType } from '@settle/protocol';

/*
 * The README's contract sections, generated from the registry in @settle/protocol:
 * each is written between `<!-- contract:NAME -->` and `<!-- /contract:NAME -->`.
 */

function hooks(): string {
  const rows = (Object.keys(SETTLE_EVENTS) as SettleEventType[]).map((type) => {
    const { hook, summary } = SETTLE_EVENTS[type];
    return `| \`${hook}\` | \`${type}\` | ${summary} |`;
  });
  return ['| hook | `event.type` | when |', '|---|---|---|', ...rows].join('\n');
}

function routes(): string {
  const rows = ROUTE_NAMES.map((name) => {
    const { method, path } = API_ROUTES[name];
    const { auth, summary } = ROUTE_CONTRACTS[name];
    return `| \`${method} ${path}\` | \`${name}\` | ${auth} | ${summary} |`;
  });
  return ['| route | name | caller | what it does |', '|---|---|---|---|', ...rows].join('\n');
}

function errors(): string {
  const codes = (Object.keys(ERROR_STATUS) as ErrorCode[]).sort((a, b) => ERROR_STATUS[a] - ERROR_STATUS[b] || (a < b ? -1 : 1));
  const rows = codes.map((code) => {
    const answeredBy = ROUTE_NAMES.filter((name) => (ROUTE_CONTRACTS[name].errors as readonly ErrorCode[]).includes(code));
    const where = answeredBy.length === ROUTE_NAMES.length ? 'every route' : answeredBy.length === 0 ? 'before routing' : answeredBy.map((name) => `\`${name}\``).join(', ');
    return `| \`${code}\` | ${ERROR_STATUS[code]} | ${ERROR_MEANINGS[code]} | ${where} |`;
  });
  return ['| code | status | when | routes |', '|---|---|---|---|', ...rows].join('\n');
}

export const SECTIONS: Record<string, () => string> = { hooks, routes, errors };

/** `readme` with every contract section replaced by what the registry says now. */
export function withContractSections(readme: string): string {
  let text = readme;
  for (const [name, render] of Object.entries(SECTIONS)) {
    const start = `<!-- contract:${name} -->`;
    const end = `<!-- /contract:${name} -->`;
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from < 0 || to < from) throw new Error(`README: the markers ${start} … ${end} are missing`);
    text = `${text.slice(0, from + start.length)}\n${render()}\n${text.slice(to)}`;
  }
  return text;
}
