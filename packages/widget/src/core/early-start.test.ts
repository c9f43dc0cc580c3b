import { expect, waitUntil } from '@open-wc/testing';
import { ROUTES } from '@settle/protocol';
import { http, HttpResponse } from 'msw';
import { germanClaim } from '../../../../tests/fixtures/claims.js';
import { TEST_API, useApi } from '../../test/support/api-mock.js';
import { resetSettleState } from '../../test/support/element.js';
import { isLocaleLoaded } from '../i18n/i18n.js';
import { startEarly } from './early-start.js';
import { openSession } from './sessions.js';

/** Tokens POSTed to /session, in order. */
async function recordExchanges(): Promise<string[]> {
  const tokens: string[] = [];
  await useApi(
    http.post(`${TEST_API}${ROUTES.session}`, async ({ request }) => {
      const { token } = (await request.json()) as { token: string };
      tokens.push(token);
      const now = Date.now();
      return HttpResponse.json({ sessionToken: `session-for-${token}`, claimId: germanClaim().id, expiresAt: now + 15 * 60_000, absoluteExpiresAt: now + 90 * 60_000, identityRequired: false });
    }),
  );
  return tokens;
}

function page(markup: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = markup;
  return root;
}

// <settle-flow> is not defined in this file: it stands for a lazily loaded element whose code is on its way.
describe('startEarly', () => {
  const address = `${location.pathname}${location.search}`;
  beforeEach(resetSettleState);
  afterEach(() => history.replaceState(null, '', address));

  it('exchanges the link of an element still loading, and the element joins that exchange', async () => {
    const tokens = await recordExchanges();
    history.replaceState(null, '', `${address}#t=link-early`);
    startEarly(page(`<settle-flow api="${TEST_API}" token-from="fragment"></settle-flow>`));
    expect(location.hash, 'the token leaves the address bar at once').to.equal('');
    await waitUntil(() => tokens.length === 1, 'the exchange starts without the element');
    const joined = await openSession(TEST_API, 'link-early');
    expect(joined.session.sessionToken).to.equal('session-for-link-early');
    expect(tokens).to.deep.equal(['link-early']);
  });

  it('loads the first-screen texts of the locale the element will resolve', async () => {
    await recordExchanges();
    expect(isLocaleLoaded('de', 'first-screen')).to.equal(false);
    startEarly(page(`<settle-flow api="${TEST_API}" token="link-de" locale="de-AT"></settle-flow>`));
    await waitUntil(() => isLocaleLoaded('de', 'first-screen'), 'the German texts load');
  });

  it("builds the first screen's Intl formatters in a later task, not while starting the requests, and only for a first-screen element", async () => {
    // No tokens: no exchange outlives this test.
    const built: string[] = [];
    const { NumberFormat, DateTimeFormat } = Intl;
    const counted = <T extends object>(formatter: T, kind: string): T =>
      new Proxy(formatter, {
        construct: (target, args) => {
          built.push(`${kind} ${String(args[0])}`);
          return Reflect.construct(target as never, args);
        },
      });
    Intl.NumberFormat = counted(NumberFormat, 'number');
    Intl.DateTimeFormat = counted(DateTimeFormat, 'date');
    try {
      startEarly(page(`<settle-quiz api="${TEST_API}" locale="de"></settle-quiz>`));
      startEarly(page(`<settle-flow api="${TEST_API}" locale="de"></settle-flow>`));
      expect(built, 'not in the same task as the requests').to.deep.equal([]);
      await waitUntil(() => built.length === 2, 'a number and a date formatter are built');
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(built).to.deep.equal(['number de', 'date de']);
    } finally {
      Intl.NumberFormat = NumberFormat;
      Intl.DateTimeFormat = DateTimeFormat;
    }
  });

  it('leaves alone defined elements (they start themselves) and elements of other libraries', async () => {
    const tokens = await recordExchanges();
    startEarly(
      page(
        `<settle-defined-test api="${TEST_API}" token="link-defined"></settle-defined-test><other-widget api="${TEST_API}" token="link-other"></other-widget><settle-flow api="${TEST_API}" token="link-flow"></settle-flow>`,
      ),
    );
    await waitUntil(() => tokens.includes('link-flow'), 'the exchange for the lazy element starts');
    // An exchange started after startEarly's has been answered, so any it started has arrived too.
    await openSession(TEST_API, 'link-after');
    expect(tokens).to.deep.equal(['link-flow', 'link-after']);
  });

  it('leaves an element without a token for itself to report', async () => {
    const tokens = await recordExchanges();
    startEarly(page(`<settle-flow api="${TEST_API}" token-from="fragment"></settle-flow>`));
    // An exchange started after startEarly's has been answered, so any it started has arrived too.
    await openSession(TEST_API, 'link-after');
    expect(tokens).to.deep.equal(['link-after']);
  });
});

customElements.define('settle-defined-test', class extends HTMLElement {});
