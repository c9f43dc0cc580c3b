import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Claim } from '@settle/protocol';
import { germanClaim, usClaim } from '../../../../../tests/fixtures/claims.js';
import { claimApi, TEST_API, useApi } from '../../../test/support/api-mock.js';
import { resetSettleState, shadowText } from '../../../test/support/element.js';
import { journeyApi, journeyCalls, type JourneyApiOptions, type JourneyCalls } from '../../../test/support/journey-api.js';
import { SettleDisputeRequestEvent } from '../../events/settle-dispute-request.js';
import type { SettleDispute } from './dispute.js';
import './define.js';

type Attributes = { locale?: string; tone?: string; hidden?: boolean };

async function dispute(attributes: Attributes = {}): Promise<SettleDispute> {
  return fixture<SettleDispute>(html`<settle-dispute
    api=${TEST_API}
    token="link-dispute"
    locale=${attributes.locale ?? 'en'}
    tone=${attributes.tone ?? 'empathetic'}
    ?hidden=${attributes.hidden === true}
  ></settle-dispute>`);
}

async function ready(claim: Claim = usClaim(), options: JourneyApiOptions = {}, attributes: Attributes = {}): Promise<{ element: SettleDispute; calls: JourneyCalls }> {
  const calls = journeyCalls();
  await useApi(...claimApi({ claim }), ...journeyApi(options, calls));
  const element = await dispute(attributes);
  await waitUntil(() => element.shadowRoot?.querySelector('form'), 'the dispute form renders');
  return { element, calls };
}

const $ = <T extends Element = HTMLElement>(element: Element, selector: string) => element.shadowRoot!.querySelector<T>(selector)!;
const liveText = (element: Element) => element.shadowRoot!.querySelector('[part="live-region"]')?.textContent ?? '';

async function submit(element: SettleDispute): Promise<void> {
  $<HTMLButtonElement>(element, '[part~="submit-button"]').click();
  await element.updateComplete;
}

describe('<settle-dispute>', () => {
  beforeEach(resetSettleState);

  it('shows a loading state, and it passes axe', async () => {
    await useApi(...claimApi({ claim: usClaim(), delayMs: 'infinite' }));
    const element = await dispute();
    await waitUntil(() => shadowText(element, '[part~="loading"]') !== '', 'loading shows');
    await expect(element).to.be.accessible();
  });

  it('shows a friendly error with a retry that loads the form', async () => {
    await useApi(...claimApi({ claim: usClaim(), claimError: { code: 'backend_failed', status: 502 } }), ...journeyApi());
    const element = await dispute();
    await waitUntil(() => element.shadowRoot?.querySelector('[part~="retry-button"]'), 'the error state renders');
    await expect(element).to.be.accessible();
    await useApi(...claimApi({ claim: usClaim() }), ...journeyApi());
    $<HTMLButtonElement>(element, '[part~="retry-button"]').click();
    await waitUntil(() => element.shadowRoot?.querySelector('form'), 'the form renders after retry');
  });

  it('tells a US consumer that collection pauses until verified, offers the original creditor request, and passes axe', async () => {
    const { element } = await ready(usClaim(), {}, { locale: 'en-US' });
    const notice = shadowText(element, '[part~="pause-notice"]');
    expect(notice).to.contain('we pause collection of this debt until we have checked it and sent you verification');
    expect(notice).to.contain('December 20, 2026');
    expect($<HTMLInputElement>(element, 'input[name="originalCreditor"]').checked, 'the request is the debtor’s choice').to.equal(false);
    expect(shadowText(element, 'legend')).to.equal('What is wrong?');
    expect(shadowText(element, '.choice')).to.equal('I do not owe this | The amount is wrong | Something else');
    await expect(element).to.be.accessible();
  });

  it('shows no US notice for a German claim, in German', async () => {
    const { element } = await ready(germanClaim(), {}, { locale: 'de' });
    expect(element.shadowRoot!.querySelector('[part~="pause-notice"]')).to.equal(null);
    expect(shadowText(element, 'h2')).to.contain('Stimmt etwas nicht?');
    expect(shadowText(element, '.choice')).to.equal('Ich schulde das nicht | Der Betrag stimmt nicht | Etwas anderes');
    await expect(element).to.be.accessible();
  });

  it('can be filled in and sent with the keyboard alone', async () => {
    const { element, calls } = await ready(usClaim());
    $<HTMLElement>(element, 'h2').focus();
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement?.getAttribute('value')).to.equal('not_my_debt');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement?.getAttribute('name')).to.equal('note');
    await sendKeys({ type: 'I was billed twice' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement?.getAttribute('part')).to.equal('submit-button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => element.shadowRoot?.querySelector('[part~="confirmation"]'), 'the confirmation shows');
    expect(calls.disputes).to.deep.equal([{ reason: 'wrong_amount', note: 'I was billed twice', requestOriginalCreditor: true }]);
    await waitUntil(() => element.shadowRoot!.activeElement?.tagName === 'H2', 'focus moves to the confirmation heading');
  });

  it('needs a reason, and a note for "something else", before sending', async () => {
    const { element, calls } = await ready(usClaim());
    await submit(element);
    expect(shadowText(element, '.field-error')).to.equal('Please choose what is wrong.');
    await waitUntil(() => liveText(element) === 'Please choose what is wrong.', 'the error is announced');
    $<HTMLInputElement>(element, 'input[value="other"]').click();
    await element.updateComplete;
    await submit(element);
    expect(shadowText(element, '#note-error')).to.contain('Please tell us briefly what is wrong');
    expect($<HTMLTextAreaElement>(element, 'textarea').getAttribute('aria-invalid')).to.equal('true');
    expect(element.shadowRoot!.activeElement?.getAttribute('name')).to.equal('note');
    expect(calls.disputes).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('confirms the dispute with its reference and the pause, fires settle-dispute-submit, and passes axe', async () => {
    const { element } = await ready(usClaim());
    $<HTMLInputElement>(element, 'input[value="not_my_debt"]').click();
    $<HTMLInputElement>(element, 'input[name="originalCreditor"]').click();
    const fired = oneEvent(element, 'settle-dispute-submit');
    await submit(element);
    const event = await fired;
    expect(event.detail).to.deep.include({ claimId: 'clm_us_2002', dispute: { reason: 'not_my_debt', requestOriginalCreditor: true } });
    expect(event.detail.response.collectionPaused).to.equal(true);
    await element.updateComplete;
    const text = shadowText(element, '[part~="confirmation"]');
    expect(text).to.contain('DSP-1001');
    expect(text).to.contain('We have paused collection for Lakeside Dental LLC');
    expect(text).to.contain('We will send you the name and address of the original creditor.');
    await waitUntil(() => liveText(element).includes('we’ve got your dispute'), 'the confirmation is announced');
    await expect(element).to.be.accessible();
  });

  it('offers a person after the dispute through settle-contact-request', async () => {
    const { element } = await ready(usClaim());
    $<HTMLInputElement>(element, 'input[value="wrong_amount"]').click();
    await submit(element);
    await waitUntil(() => element.shadowRoot?.querySelector('[part~="contact-button"]'), 'the confirmation shows');
    const fired = oneEvent(element, 'settle-contact-request');
    $<HTMLButtonElement>(element, '[part~="contact-button"]').click();
    const event = await fired;
    expect(event.detail).to.deep.equal({ claimId: 'clm_us_2002', topic: 'dispute' });
  });

  it('sends once when the button is clicked twice or the form is submitted again', async () => {
    const { element, calls } = await ready(usClaim(), { submitDelayMs: 150 });
    $<HTMLInputElement>(element, 'input[value="not_my_debt"]').click();
    await element.updateComplete;
    const button = $<HTMLButtonElement>(element, '[part~="submit-button"]');
    button.click();
    button.click();
    await element.updateComplete;
    expect(button.disabled).to.equal(true);
    // Once the first request is on its way, another submit (e.g. Enter in a field) sends nothing.
    await waitUntil(() => calls.disputes.length === 1, 'the first request arrives');
    $<HTMLFormElement>(element, 'form').requestSubmit();
    await waitUntil(() => element.shadowRoot?.querySelector('[part~="confirmation"]'), 'the confirmation shows');
    expect(calls.disputes).to.have.length(1);
  });

  it('opens itself for a settle-dispute-request from another element', async () => {
    const { element } = await ready(usClaim(), {}, { hidden: true });
    const request = new SettleDisputeRequestEvent({ claimId: 'clm_us_2002' });
    document.body.dispatchEvent(request);
    expect(request.defaultPrevented).to.equal(true);
    expect(element.hidden).to.equal(false);
    await waitUntil(() => element.shadowRoot!.activeElement?.tagName === 'H2', 'focus moves to the heading');
  });

  it('keeps a request the page already handled for the page', async () => {
    const { element } = await ready(usClaim(), {}, { hidden: true });
    const request = new SettleDisputeRequestEvent({ claimId: 'clm_us_2002' });
    request.preventDefault();
    document.body.dispatchEvent(request);
    expect(element.hidden).to.equal(true);
  });

  it('refuses a javascript: link in the server’s human route', async () => {
    const { element } = await ready(usClaim(), { support: { url: 'javascript:alert(1)', phone: '+1 555 0100' } });
    element.support = {};
    $<HTMLInputElement>(element, 'input[value="not_my_debt"]').click();
    await submit(element);
    await waitUntil(() => element.shadowRoot?.querySelector('[part~="confirmation"]'), 'the confirmation shows');
    const hrefs = Array.from(element.shadowRoot!.querySelectorAll('a'), (link) => link.getAttribute('href'));
    expect(hrefs).to.deep.equal(['tel:+15550100']);
  });

  it('has its texts in every tone, in English and German', async () => {
    const expected: Record<string, [string, string]> = {
      empathetic: ['Something not right?', 'Stimmt etwas nicht?'],
      neutral: ['Dispute this claim', 'Widerspruch einlegen'],
      formal: ['Dispute the claim', 'Widerspruch gegen die Forderung'],
      easy: ['Is the bill wrong?', 'Ist die Rechnung falsch?'],
    };
    for (const [tone, [en, de]] of Object.entries(expected)) {
      for (const [locale, title] of [
        ['en', en],
        ['de', de],
      ] as const) {
        const { element } = await ready(usClaim(), {}, { locale, tone });
        expect(shadowText(element, 'h2').split(' | ')[0]).to.equal(title);
        expect(shadowText(element, '[part~="pause-notice"]')).not.to.match(/dispute\.|usPause/);
      }
    }
  });
});
