import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { germanClaim } from '../../../../../tests/fixtures/claims.js';
import { claimApi, TEST_API, useApi } from '../../../test/support/api-mock.js';
import { resetSettleState, shadowText } from '../../../test/support/element.js';
import type { SettleCheckout } from '../../elements/checkout/checkout.js';
import '../../elements/checkout/define.js';
import { FakePaymentsApi } from '../../../test/support/payments-api.mock.js';

async function sandboxCheckout(api: FakePaymentsApi, locale = 'en'): Promise<SettleCheckout> {
  await useApi(...claimApi({ claim: germanClaim() }), ...api.handlers());
  return fixture<SettleCheckout>(html`<settle-checkout api=${TEST_API} token="link-de" locale=${locale} .pollIntervalMs=${5}></settle-checkout>`);
}

/** The sandbox sheet the adapter mounted in the checkout's light-DOM slot. */
async function sheet(element: SettleCheckout): Promise<HTMLElement & { updateComplete: Promise<boolean> }> {
  await phase(element, 'ready');
  await waitUntil(() => element.querySelector('settle-sandbox-wallet')?.shadowRoot?.querySelector('button'), 'the sandbox sheet renders', { timeout: 8000 });
  const wallet = element.querySelector('settle-sandbox-wallet') as HTMLElement & { updateComplete: Promise<boolean> };
  await wallet.updateComplete;
  return wallet;
}

function choose(wallet: HTMLElement, scenario: string): void {
  const select = wallet.shadowRoot!.querySelector('select')!;
  select.value = scenario;
  select.dispatchEvent(new Event('change'));
}

function button(wallet: HTMLElement, text: string): HTMLButtonElement {
  const found = Array.from(wallet.shadowRoot!.querySelectorAll('button')).find((candidate) => candidate.textContent?.includes(text));
  if (!found) throw new Error(`no button "${text}"`);
  return found;
}

async function phase(element: SettleCheckout, expected: string): Promise<void> {
  // The reflected state: set once the phase has rendered (texts for the locale included).
  await waitUntil(() => element.getAttribute('state') === expected, `checkout reaches ${expected} (is ${element.phase}, setup ${element.setup.status})`, { timeout: 8000 });
  await element.updateComplete;
}

describe('sandbox wallet sheet', () => {
  beforeEach(() => {
    resetSettleState();
    history.replaceState(null, '', window.location.pathname);
  });

  it('declines with the chosen test outcome, explains it, and a retry pays', async () => {
    const api = new FakePaymentsApi();
    api.confirmStatuses = ['failed', 'succeeded'];
    api.failureReason = 'card_declined';
    const element = await sandboxCheckout(api);
    let wallet = await sheet(element);
    await expect(wallet).to.be.accessible();
    choose(wallet, 'decline_card');
    await wallet.updateComplete;
    button(wallet, 'Pay').click();
    await phase(element, 'declined');
    expect(api.authorizations.map((entry) => entry.scenario)).to.deep.equal(['decline_card']);
    expect(shadowText(element, '[part~="status"]')).to.contain('Your bank declined the payment.');
    (element.shadowRoot!.querySelector('[part~="retry-button"]') as HTMLButtonElement).click();
    wallet = await sheet(element);
    button(wallet, 'Pay').click();
    await phase(element, 'succeeded');
    expect(api.creates.length).to.equal(2);
  });

  it('asks for the challenge step and succeeds once it is confirmed', async () => {
    const api = new FakePaymentsApi();
    const element = await sandboxCheckout(api, 'de');
    const wallet = await sheet(element);
    choose(wallet, 'challenge');
    await wallet.updateComplete;
    button(wallet, 'bezahlen').click();
    await waitUntil(() => wallet.shadowRoot!.querySelector('#challenge'), 'the challenge step shows');
    expect(wallet.shadowRoot!.activeElement?.id).to.equal('challenge');
    await expect(wallet).to.be.accessible();
    expect(api.confirms.length).to.equal(0);
    button(wallet, 'Zahlung bestätigen').click();
    await phase(element, 'succeeded');
    expect(api.authorizations.map((entry) => entry.challenge ?? null)).to.deep.equal([null, 'pass']);
    expect(shadowText(element, '[part~="status"]')).to.contain('Vielen Dank');
  });

  it('has no card input: the sheet offers only a choice of test outcome and buttons', async () => {
    const element = await sandboxCheckout(new FakePaymentsApi());
    const wallet = await sheet(element);
    expect(wallet.shadowRoot!.querySelectorAll('input').length).to.equal(0);
    expect(element.shadowRoot!.querySelectorAll('input').length).to.equal(0);
  });
});
