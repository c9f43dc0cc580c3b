import { readFileSync } from 'node:fs';
import { API_ROUTES, ERROR_STATUS, ROUTE_NAMES, SETTLE_EVENTS } from '@settle/protocol';
import { describe, expect, it } from 'vitest';
import { withContractSections } from '../build/readme-sections.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('the README', () => {
  it('lists the routes, hooks and error codes the contract has now (npm run build:readme rewrites them)', () => {
    expect(readme).toBe(withContractSections(readme));
  });

  it('names every route, every hook and every error code of the contract', () => {
    for (const name of ROUTE_NAMES) expect(readme).toContain(`| \`${API_ROUTES[name].method} ${API_ROUTES[name].path}\` | \`${name}\` |`);
    for (const { hook } of Object.values(SETTLE_EVENTS)) expect(readme).toContain(`| \`${hook}\` |`);
    for (const code of Object.keys(ERROR_STATUS)) expect(readme).toContain(`| \`${code}\` |`);
  });

  it('is found stale when a section is edited by hand', () => {
    const edited = readme.replace('| `feedback` |', '| `feedback-old` |');
    expect(edited).not.toBe(readme);
    expect(withContractSections(edited)).not.toBe(edited);
  });
});
