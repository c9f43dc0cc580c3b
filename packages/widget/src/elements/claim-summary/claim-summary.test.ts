import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { germanClaim } from '../../../../../tests/fixtures/claims.js';
import { claimApi, TEST_API, useApi } from '../../../test/support/api-mock.js';
import { resetSettleState, shadowText } from '../../../test/support/element.js';
import type { SettleClaimSummary } from './claim-summary.js';
import './define.js';

describe('<settle-claim-summary>', () => {
  beforeEach(resetSettleState);

  it('loads the claim with its token and shows the total in German', async () => {
    await useApi(...claimApi({ claim: germanClaim() }));
    const element = await fixture<SettleClaimSummary>(html`<settle-claim-summary api=${TEST_API} token="link-de" locale="de"></settle-claim-summary>`);
    await waitUntil(() => shadowText(element, '[part~="total"]') !== '', 'the total renders');
    expect(shadowText(element, '[part~="total"]')).to.contain('128,37 €');
    await expect(element).to.be.accessible();
  });
});
