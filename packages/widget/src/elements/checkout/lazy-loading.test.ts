import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { germanClaim } from '../../../../../tests/fixtures/claims.js';
import { claimApi, TEST_API, useApi } from '../../../test/support/api-mock.js';
import { resetSettleState } from '../../../test/support/element.js';
import { FakePaymentsApi } from '../../../test/support/payments-api.mock.js';

// Observed from here on, so the resource-timing buffer (250 entries) cannot hide a fetch.
const fetched: string[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) fetched.push(new URL(entry.name).pathname + new URL(entry.name).host);
}).observe({ type: 'resource' });

const PROVIDER = /js\.stripe\.com|paypal\.com|@stripe|@paypal|payments\/(stripe|paypal|sandbox)\//;
const CHECKOUT_CODE = /elements\/checkout\/(?!.*\.(test|mock)\.ts)/;

describe('lazy checkout', () => {
  beforeEach(resetSettleState);

  it('fetches no provider script or adapter before the checkout step, and only the chosen adapter at it', async () => {
    const api = new FakePaymentsApi();
    api.config = {
      providers: [
        { provider: 'sandbox', autopay: true },
        { provider: 'stripe', publishableKey: 'pk_test_fake', wallets: ['apple_pay'], autopay: true },
        { provider: 'paypal', clientId: 'fake-client-id', autopay: false },
      ],
    };
    await useApi(...claimApi({ claim: germanClaim() }), ...api.handlers());
    // The script-tag entry, as a page loads it, with the first screen rendered.
    await import('../../settle.js');
    const summary = await fixture(html`<settle-claim-summary api=${TEST_API} token="link-de" locale="en"></settle-claim-summary>`);
    await waitUntil(() => summary.shadowRoot?.querySelector('[part~="total"]'), 'the first screen shows the claim', { timeout: 8000 });
    await waitUntil(() => fetched.some((name) => name.includes('settle.ts')), 'the entry is among the observed fetches');
    expect(fetched.filter((name) => PROVIDER.test(name) || CHECKOUT_CODE.test(name))).to.deep.equal([]);
    expect(customElements.get('settle-checkout')).to.equal(undefined);

    const element = await fixture(html`<settle-checkout api=${TEST_API} token="link-de" locale="en"></settle-checkout>`);
    await waitUntil(() => element.querySelector('settle-sandbox-wallet'), 'the sandbox adapter mounts', { timeout: 8000 });
    await waitUntil(() => fetched.some((name) => name.includes('payments/sandbox/sandbox-adapter')), 'the sandbox adapter is among the observed fetches');
    const providerFetches = fetched.filter((name) => PROVIDER.test(name));
    expect(providerFetches.filter((name) => !name.includes('payments/sandbox/'))).to.deep.equal([]);
    expect(document.querySelectorAll('script[src*="stripe"], script[src*="paypal"]').length).to.equal(0);
  });
});
