import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CheckoutConfig, Claim, Money } from '@settle/protocol';
import { germanClaim, usClaim } from '../../../../../tests/fixtures/claims.js';
import { claimApi, TEST_API, useApi } from '../../../test/support/api-mock.js';
import { resetSettleState, shadowText } from '../../../test/support/element.js';
import { FakePaymentsApi } from '../../../test/support/payments-api.mock.js';
import { FakeStripeJs } from '../../../test/support/stripe-js.fake.js';
import { createStripeAdapter } from '../../payments/stripe/stripe-adapter.js';
import type { SettleCheckout } from './checkout.js';
import './define.js';

const STRIPE: CheckoutConfig['providers'][number] = { provider: 'stripe', publishableKey: 'pk_test_fake', wallets: [], autopay: true };
const STADTWERKE = { accountHolder: 'Stadtwerke Beispielstadt GmbH', iban: 'DE89370400440532013000', reference: 'SW-2026-3003' };

/** A checkout whose card is declined, for `claim` with the server's config and total. */
async function declinedCheckout(claim: Claim, config: CheckoutConfig, total: Money, locale: string): Promise<SettleCheckout> {
  const api = new FakePaymentsApi();
  api.config = config;
  api.total = total;
  api.confirmStatuses = ['failed'];
  api.failureReason = 'card_declined';
  await useApi(...claimApi({ claim }), ...api.handlers());
  const stripe = new FakeStripeJs();
  stripe.behaviours = [{ kind: 'decline', declineCode: 'card_declined' }];
  const element = await fixture<SettleCheckout>(html`<settle-checkout
    api=${TEST_API}
    token="link-tenant"
    locale=${locale}
    option="full"
    .loaders=${{ stripe: async () => createStripeAdapter({ loadStripe: stripe.loadStripe }) }}
    .pollIntervalMs=${5}
  ></settle-checkout>`);
  await waitUntil(() => element.getAttribute('state') === 'ready', 'checkout ready', { timeout: 8000 });
  element.shadowRoot!.querySelector<HTMLElement>('[part~="pay-button"]')!.click();
  await waitUntil(() => element.getAttribute('state') === 'declined', 'checkout declined', { timeout: 8000 });
  await element.updateComplete;
  return element;
}

describe('<settle-checkout> bank-transfer fallback per claim', () => {
  beforeEach(() => resetSettleState());

  it('names the claim’s own payee, its IBAN and the amount in euros for a direct creditor’s claim', async () => {
    const { collectionAgency: _agency, ...direct } = germanClaim({ accountReference: STADTWERKE.reference });
    const element = await declinedCheckout(direct, { providers: [STRIPE], bankTransfer: STADTWERKE }, { amount: 8700, currency: 'EUR' }, 'de');
    const bank = shadowText(element, '[part~="bank-transfer"]');
    expect(bank).to.contain('Stadtwerke Beispielstadt GmbH');
    expect(bank).to.contain(STADTWERKE.iban);
    expect(bank).to.match(/87,00\s€/);
    expect(bank).not.to.contain('Fair Inkasso');
    await expect(element).to.be.accessible();
  });

  it('offers no transfer for a USD claim without an account in dollars, and shows the amount in dollars', async () => {
    const element = await declinedCheckout(usClaim(), { providers: [STRIPE] }, usClaim().total, 'en');
    expect(element.shadowRoot!.querySelector('[part~="bank-transfer"]')).to.equal(null);
    expect(shadowText(element, '[part~="title"]')).to.contain('$425.00');
    expect(shadowText(element, '[part~="status"]')).not.to.equal('');
  });
});
