import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Claim } from '@settle/protocol';
import { germanClaim, usClaim } from '../../../../../tests/fixtures/claims.js';
import { claimApi, TEST_API, useApi } from '../../../test/support/api-mock.js';
import { resetSettleState, shadowText } from '../../../test/support/element.js';
import type { SettleClaimSummary } from './claim-summary.js';
import './define.js';

/** The summary of `claim`, once it shows the claim. */
async function loaded(claim: Claim, locale: string): Promise<SettleClaimSummary> {
  await useApi(...claimApi({ claim }));
  const element = await fixture<SettleClaimSummary>(html`<settle-claim-summary api=${TEST_API} token="link-token" locale=${locale}></settle-claim-summary>`);
  await waitUntil(() => element.shadowRoot?.querySelector('[part~="total"]'), 'the summary shows the claim');
  await element.updateComplete;
  return element;
}

const part = (element: SettleClaimSummary, name: string) => element.shadowRoot!.querySelector(`[part~="${name}"]`);
const CHICAGO = { street: '77 Elm Ave', postalCode: '60614', city: 'Chicago', country: 'US' };

describe('legal content follows who collects', () => {
  beforeEach(() => resetSettleState());

  it('shows no § 13a RDG section for a German creditor collecting directly', async () => {
    const { collectionAgency: _agency, ...direct } = germanClaim({ addressSource: 'Aus Ihrem Vertrag' });
    const element = await loaded(direct, 'de');
    expect(part(element, 'jurisdiction')).to.equal(null);
    expect(shadowText(element, '[part~="base"]')).not.to.contain('13a');
    await expect(element).to.be.accessible();
  });

  it('shows no empty § 13a RDG heading for an agency that names none of its items', async () => {
    const base = germanClaim();
    const element = await loaded({ ...base, collectionAgency: { name: 'Fair Inkasso GmbH', address: base.collectionAgency!.address } }, 'de');
    expect(part(element, 'jurisdiction')).to.equal(null);
  });

  it('gives a US claim collected by an agency the model notice’s debt-collector statement and the debtor’s mailing address', async () => {
    const claim = usClaim({ debtor: { name: 'Jordan Smith', address: CHICAGO } });
    const element = await loaded(claim, 'en');
    expect(shadowText(element, '[part~="collector-statement"]')).to.equal(
      'Kind Recovery Inc. is a debt collector. We are trying to collect a debt that you owe to Lakeside Dental LLC. We will use any information you give us to help collect the debt.',
    );
    expect(shadowText(element, '[part~="debtor-address"]')).to.contain('Jordan Smith 77 Elm Ave Chicago 60614');
    await expect(element).to.be.accessible();
  });

  it('says the same in German for a German-speaking debtor', async () => {
    const element = await loaded(usClaim({ debtor: { name: 'Jordan Smith', address: CHICAGO } }), 'de');
    expect(shadowText(element, '[part~="collector-statement"]')).to.contain(
      'Kind Recovery Inc. ist ein Inkassounternehmen. Wir versuchen, eine Forderung einzuziehen, die Sie Lakeside Dental LLC schulden.',
    );
    expect(shadowText(element, '[part~="debtor-address"]')).to.contain('Ihr Name und Ihre Postanschrift, wie sie uns vorliegen:');
  });

  it('gives a US creditor collecting its own claim no debt-collector statement', async () => {
    const { collectionAgency: _agency, ...direct } = usClaim({ debtor: { name: 'Jordan Smith', address: CHICAGO } });
    const element = await loaded(direct, 'en');
    expect(part(element, 'jurisdiction-us')).not.to.equal(null);
    expect(part(element, 'collector-statement')).to.equal(null);
  });
});
