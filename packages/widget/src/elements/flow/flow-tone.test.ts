import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ROUTES, type SessionResponse } from '@settle/protocol';
import { http, HttpResponse } from 'msw';
import { germanClaim } from '../../../../../tests/fixtures/claims.js';
import { claimApi, TEST_API, useApi } from '../../../test/support/api-mock.js';
import { resetSettleState } from '../../../test/support/element.js';
import { journeyApi } from '../../../test/support/journey-api.js';
import '../claim-summary/define.js';
import type { SettleFlow } from './flow.js';
import './define.js';

/** The API, with the exchange answering the tone the creditor chose for the link's phase. */
async function serverWithTone(tone: SessionResponse['tone']): Promise<void> {
  const claim = germanClaim();
  await useApi(
    http.post(`${TEST_API}${ROUTES.session}`, () => {
      const now = Date.now();
      const session: SessionResponse = { sessionToken: 'session-tone', claimId: claim.id, expiresAt: now + 15 * 60_000, absoluteExpiresAt: now + 60 * 60_000, identityRequired: false, tone, claim };
      return HttpResponse.json(session);
    }),
    ...claimApi({ claim }),
    ...journeyApi(),
  );
}

const summaryTone = (element: SettleFlow) => (element.shadowRoot?.querySelector('settle-claim-summary') as (HTMLElement & { tone?: string }) | null)?.tone;

describe('<settle-flow> tone from the session', () => {
  beforeEach(() => {
    resetSettleState();
    sessionStorage.clear();
  });

  it('speaks in the tone the server chose for the link (formal for a final notice) when the page sets none', async () => {
    await serverWithTone('formal');
    location.hash = '#t=link-final-notice';
    const element = await fixture<SettleFlow>(html`<settle-flow api=${TEST_API} token-from="fragment" locale="en"></settle-flow>`);
    await waitUntil(() => summaryTone(element) === 'formal', 'the summary is shown in the formal tone');
    expect(element.tone).to.equal('formal');
    await expect(element).to.be.accessible();
  });

  it('keeps the tone the page sets', async () => {
    await serverWithTone('formal');
    location.hash = '#t=link-page-tone';
    const element = await fixture<SettleFlow>(html`<settle-flow api=${TEST_API} token-from="fragment" locale="en" tone="easy"></settle-flow>`);
    await waitUntil(() => element.getAttribute('state') === 'ready' && summaryTone(element), 'the summary shows');
    expect(summaryTone(element)).to.equal('easy');
    expect(element.tone).to.equal('easy');
  });
});
