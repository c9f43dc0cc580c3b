import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ROUTES } from '@settle/protocol';
import { http, HttpResponse } from 'msw';
import { germanClaim } from '../../../../../tests/fixtures/claims.js';
import { claimApi, TEST_API, useApi } from '../../../test/support/api-mock.js';
import { resetSettleState } from '../../../test/support/element.js';
import { journeyApi } from '../../../test/support/journey-api.js';
import { FakePaymentsApi } from '../../../test/support/payments-api.mock.js';
import '../claim-summary/define.js';
import type { SettleFlow } from './flow.js';
import './define.js';

// A file of its own: Stripe's loader remembers, per page, whether js.stripe.com loaded.
describe('<settle-flow> first screen when Stripe.js cannot load', () => {
  beforeEach(resetSettleState);

  it('gives the box to the next wallet (PayPal) when js.stripe.com is blocked', async () => {
    const api = new FakePaymentsApi();
    api.config = {
      providers: [
        { provider: 'stripe', publishableKey: 'pk_test_fake', wallets: ['apple_pay', 'google_pay'], autopay: true },
        { provider: 'paypal', clientId: 'fake-client-id', autopay: false },
      ],
    };
    const scriptRequests: string[] = [];
    await useApi(
      // As an ad blocker or a firewall does.
      http.get('https://js.stripe.com/*', ({ request }) => {
        scriptRequests.push(request.url);
        return HttpResponse.error();
      }),
      ...api.handlers(),
      ...claimApi({ claim: germanClaim() }),
      http.post(`${TEST_API}${ROUTES.reactions}`, () => new HttpResponse(null, { status: 204 })),
      ...journeyApi(),
    );
    const element = await fixture<SettleFlow>(html`<settle-flow api=${TEST_API} token="link-de" locale="en"></settle-flow>`);
    const box = () => element.shadowRoot?.querySelector<HTMLElement>('[part~="express"]');
    await waitUntil(() => box()?.getAttribute('data-wallet') === 'paypal', 'the PayPal button takes the box');
    expect(scriptRequests.length, 'Stripe.js was tried').to.be.greaterThan(0);
    expect(box()?.querySelector('[part~="express-button"]')?.textContent).to.contain('PayPal');
    expect(element.querySelector('[slot="express"]'), 'no Stripe wallet left behind').to.equal(null);
  });
});
