import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { germanClaim } from '../../../../tests/fixtures/claims.js';
import { claimApi, TEST_API, useApi } from '../../test/support/api-mock.js';
import { resetSettleState } from '../../test/support/element.js';
import type { SettleClaimSummary } from '../elements/claim-summary/claim-summary.js';
import '../elements/claim-summary/define.js';

/** The claim summary's heading, which a step focuses when it shows; the rules under test live in the base styles. */
async function summaryHeading() {
  await useApi(...claimApi({ claim: germanClaim() }));
  const element = await fixture<SettleClaimSummary>(html`<settle-claim-summary api=${TEST_API} token="link-token" locale="de"></settle-claim-summary>`);
  await waitUntil(() => element.shadowRoot?.querySelector('[part~="title"]'), 'the claim summary shows the claim');
  return { element, heading: element.shadowRoot!.querySelector<HTMLElement>('[part~="title"]')! };
}

describe('a focused heading (base styles)', () => {
  afterEach(async () => {
    await resetMouse();
    resetSettleState();
  });

  it('shows the focus ring when focus moves to it after a key press', async () => {
    const { element, heading } = await summaryHeading();
    await sendKeys({ press: 'Shift' });
    heading.focus();
    expect(element.shadowRoot!.activeElement).to.equal(heading);
    expect(heading.matches(':focus-visible')).to.equal(true);
    expect(getComputedStyle(heading).outlineStyle).to.equal('solid');
  });

  it('shows no focus ring when focus moves to it after a click', async () => {
    const { element, heading } = await summaryHeading();
    const box = heading.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + 4), Math.round(box.top + box.height / 2)] });
    heading.blur();
    heading.focus();
    expect(element.shadowRoot!.activeElement).to.equal(heading);
    expect(heading.matches(':focus-visible')).to.equal(false);
    expect(getComputedStyle(heading).outlineStyle).to.equal('none');
  });
});
