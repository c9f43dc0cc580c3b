import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ROUTES } from '@settle/protocol';
import { http, HttpResponse } from 'msw';
import { germanClaim } from '../../../../../tests/fixtures/claims.js';
import { claimApi, TEST_API, useApi } from '../../../test/support/api-mock.js';
import { resetSettleState } from '../../../test/support/element.js';
import { journeyApi } from '../../../test/support/journey-api.js';
import '../claim-summary/define.js';
import '../dispute/define.js';
import '../quiz/define.js';
import type { SettleFlow } from './flow.js';
import './define.js';

interface Reported {
  body: unknown;
  authorization: string | null;
}

async function serverRecordingReactions(): Promise<Reported[]> {
  const reported: Reported[] = [];
  await useApi(
    ...claimApi({ claim: germanClaim() }),
    ...journeyApi(),
    http.post(`${TEST_API}${ROUTES.reactions}`, async ({ request }) => {
      reported.push({ body: await request.json(), authorization: request.headers.get('authorization') });
      return new HttpResponse(null, { status: 204 });
    }),
  );
  return reported;
}

const inner = <T extends Element = HTMLElement>(element: SettleFlow, selector: string) => element.shadowRoot!.querySelector<T>(selector);
const bodies = (reported: Reported[]) => reported.map((report) => JSON.stringify(report.body));

describe('<settle-flow> reports what the debtor saw and chose', () => {
  beforeEach(() => {
    resetSettleState();
    sessionStorage.clear();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('reports each step shown, the claim once it is on screen, and a dispute chosen, with the session token', async () => {
    const reported = await serverRecordingReactions();
    location.hash = '#t=link-reactions';
    const element = await fixture<SettleFlow>(html`<settle-flow api=${TEST_API} token-from="fragment" locale="en"></settle-flow>`);
    await waitUntil(() => bodies(reported).includes('{"type":"claim.viewed"}'), 'the claim is reported as viewed', { timeout: 10_000 });
    expect(bodies(reported)).to.include('{"type":"step.viewed","step":"summary"}');
    const otherOptions = '.decision [part~="next-button"]';
    await waitUntil(() => inner(element, otherOptions), 'the way on from the first screen appears', { timeout: 10_000 });
    inner<HTMLButtonElement>(element, otherOptions)!.click();
    await waitUntil(() => bodies(reported).includes('{"type":"step.viewed","step":"quiz"}'), 'the quiz is reported', { timeout: 10_000 });
    inner<HTMLButtonElement>(element, '[part~="dispute-button"]')!.click();
    await waitUntil(() => bodies(reported).includes('{"type":"step.viewed","step":"dispute"}'), 'the dispute form is reported', { timeout: 10_000 });
    expect(bodies(reported)).to.include('{"type":"option.chosen","option":"dispute"}');
    expect(new Set(reported.map((report) => report.authorization))).to.deep.equal(new Set(['Bearer session-for-link-reactions']));
  });
});
