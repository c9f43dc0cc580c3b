import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { germanClaim } from '../../../../../tests/fixtures/claims.js';
import { claimApi, TEST_API, useApi } from '../../../test/support/api-mock.js';
import { resetSettleState, shadowText } from '../../../test/support/element.js';
import { journeyApi, journeyCalls, testJourney, type JourneyApiOptions, type JourneyCalls } from '../../../test/support/journey-api.js';
import { SettleContactRequestEvent } from '../../events/settle-contact-request.js';
import type { SettleContact } from './contact.js';
import './define.js';

async function contact(options: { locale?: string; tone?: string; replyDays?: number; hidden?: boolean } = {}): Promise<SettleContact> {
  return fixture<SettleContact>(html`<settle-contact
    api=${TEST_API}
    token="link-contact"
    locale=${options.locale ?? 'en'}
    tone=${options.tone ?? 'empathetic'}
    reply-days=${options.replyDays ?? ''}
    ?hidden=${options.hidden === true}
  ></settle-contact>`);
}

async function ready(options: JourneyApiOptions = {}, attributes: Parameters<typeof contact>[0] = {}): Promise<{ element: SettleContact; calls: JourneyCalls }> {
  const calls = journeyCalls();
  await useApi(...claimApi({ claim: germanClaim() }), ...journeyApi(options, calls));
  const element = await contact(attributes);
  await waitUntil(() => element.shadowRoot?.querySelector('form'), 'the contact form renders');
  return { element, calls };
}

const $ = <T extends Element = HTMLElement>(element: Element, selector: string) => element.shadowRoot!.querySelector<T>(selector)!;

function chooseChannel(element: SettleContact, value: string): void {
  $<HTMLInputElement>(element, `input[name="channel"][value="${value}"]`).click();
}

async function submit(element: SettleContact): Promise<void> {
  $<HTMLButtonElement>(element, '[part~="submit-button"]').click();
  await element.updateComplete;
}

const liveText = (element: Element) => element.shadowRoot!.querySelector('[part="live-region"]')?.textContent ?? '';

describe('<settle-contact>', () => {
  beforeEach(resetSettleState);

  it('offers chat only where the claim’s support has one', async () => {
    const channels = (element: SettleContact) => [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="channel"]')].map((input) => input.value);
    const { phone, email } = testJourney().support;
    const without = await ready({ journey: testJourney({ support: { phone, email } }) });
    expect(channels(without.element)).to.deep.equal(['phone', 'callback', 'email']);
    resetSettleState();
    const withChat = await ready();
    expect(channels(withChat.element)).to.deep.equal(['phone', 'callback', 'email', 'chat']);
  });

  it('shows a loading state while the journey loads, and it passes axe', async () => {
    await useApi(...claimApi({ claim: germanClaim(), delayMs: 'infinite' }));
    const element = await contact();
    await waitUntil(() => shadowText(element, '[part~="loading"]') !== '', 'loading shows');
    expect(shadowText(element, '[part~="loading"]')).to.equal('Loading…');
    await expect(element).to.be.accessible();
  });

  it('shows a friendly error with a retry that loads the form', async () => {
    await useApi(...claimApi({ claim: germanClaim() }), ...journeyApi({ journeyError: { code: 'internal', status: 500 } }));
    const element = await contact();
    await waitUntil(() => element.shadowRoot?.querySelector('[part~="retry-button"]'), 'the error state renders');
    expect(shadowText(element, '[part~="error"]')).to.contain('Something went wrong on our side');
    await expect(element).to.be.accessible();
    await useApi(...claimApi({ claim: germanClaim() }), ...journeyApi());
    $<HTMLButtonElement>(element, '[part~="retry-button"]').click();
    await waitUntil(() => element.shadowRoot?.querySelector('form'), 'the form renders after retry');
  });

  it('shows the form and the creditor’s phone, chat and email links, and passes axe', async () => {
    const { element } = await ready();
    expect(shadowText(element, 'h2')).to.contain('Talk to a person');
    expect($<HTMLAnchorElement>(element, 'a[href^="tel:"]').getAttribute('href')).to.equal('tel:+49301234567');
    expect($<HTMLAnchorElement>(element, 'a[href^="mailto:"]').getAttribute('href')).to.equal('mailto:hilfe@stadtwerke.example');
    expect($<HTMLAnchorElement>(element, 'a[href^="https:"]').getAttribute('href')).to.equal('https://chat.stadtwerke.example/start');
    await expect(element).to.be.accessible();
  });

  it('can be filled in and sent with the keyboard alone', async () => {
    const { element, calls } = await ready();
    $<HTMLElement>(element, 'h2').focus();
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement?.getAttribute('value')).to.equal('phone');
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect($<HTMLInputElement>(element, 'input[value="callback"]').checked).to.equal(true);
    for (const _ of ['phone', 'window', 'note', 'hardship', 'submit']) await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement?.getAttribute('part')).to.equal('submit-button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => element.shadowRoot?.querySelector('[part~="confirmation"]'), 'the confirmation shows');
    expect(calls.contacts).to.deep.equal([{ channel: 'callback' }]);
    expect(element.shadowRoot!.activeElement?.textContent).to.contain('a person will get in touch');
  });

  it('confirms with the reference and when the debtor will hear back, fires settle-contact-submit, and passes axe', async () => {
    const { element, calls } = await ready({}, { replyDays: 2 });
    chooseChannel(element, 'email');
    $<HTMLSelectElement>(element, 'select[name="window"]').value = 'morning';
    $<HTMLSelectElement>(element, 'select[name="window"]').dispatchEvent(new Event('change'));
    $<HTMLTextAreaElement>(element, 'textarea[name="note"]').value = 'About the June bill';
    const fired = oneEvent(element, 'settle-contact-submit');
    await submit(element);
    const event = await fired;
    expect(event.detail.response.reference).to.equal('CON-2002');
    expect(event.detail.request).to.deep.include({ channel: 'email', note: 'About the June bill' });
    expect(event.detail.request.preferredTime).to.include({ from: '08:00', to: '12:00' });
    await element.updateComplete;
    const text = shadowText(element, '[part~="confirmation"]');
    expect(text).to.contain('We will write to you by email.');
    expect(text).to.contain('Mornings (8:00–12:00)');
    expect(text).to.contain('within 2 working days');
    expect(text).to.contain('CON-2002');
    expect(calls.idempotencyKeys[0]).to.match(/^[0-9a-f-]{32,36}$/);
    await waitUntil(() => liveText(element).includes('a person will get in touch'), 'the confirmation is announced');
    await expect(element).to.be.accessible();
  });

  it('asks for a channel before sending anything, and says so in the live region', async () => {
    const { element, calls } = await ready();
    await submit(element);
    await element.updateComplete;
    expect(shadowText(element, '.field-error')).to.equal('Please choose how we should contact you.');
    expect($<HTMLInputElement>(element, 'input[name="channel"]').getAttribute('aria-invalid')).to.equal('true');
    await waitUntil(() => liveText(element) === 'Please choose how we should contact you.', 'the error is announced');
    expect(element.shadowRoot!.activeElement?.getAttribute('name')).to.equal('channel');
    expect(calls.contacts).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('sends no health information without the explicit consent box ticked', async () => {
    const { element, calls } = await ready();
    chooseChannel(element, 'phone');
    $<HTMLInputElement>(element, 'input[name="hardship"]').click();
    await element.updateComplete;
    $<HTMLInputElement>(element, 'input[name="involvesHealth"]').click();
    await element.updateComplete;
    await submit(element);
    expect(shadowText(element, '#consent-error')).to.contain('tick the consent box');
    expect(calls.contacts).to.have.length(0);
    await expect(element).to.be.accessible();
    $<HTMLInputElement>(element, 'input[name="healthConsent"]').click();
    await element.updateComplete;
    await submit(element);
    await waitUntil(() => calls.contacts.length === 1, 'the request is sent once consent is given');
    expect(calls.contacts[0]).to.deep.include({ channel: 'phone', hardship: true, vulnerability: { involvesHealth: true, healthConsent: true } });
  });

  it('passes hardship along without any health flag when health is not ticked', async () => {
    const { element, calls } = await ready();
    chooseChannel(element, 'chat');
    $<HTMLInputElement>(element, 'input[name="hardship"]').click();
    await element.updateComplete;
    $<HTMLTextAreaElement>(element, 'textarea[name="details"]').value = 'Lost my job in October';
    await submit(element);
    await waitUntil(() => calls.contacts.length === 1, 'the request is sent');
    expect(calls.contacts[0]).to.deep.equal({ channel: 'chat', hardship: true, vulnerability: { involvesHealth: false, details: 'Lost my job in October' } });
    await waitUntil(() => element.shadowRoot?.querySelector('[part~="confirmation"]'), 'the confirmation shows');
    expect(shadowText(element, '[part~="confirmation"]')).to.contain('Consumer debt advice');
  });

  it('sends once when the button is clicked twice or the form is submitted again', async () => {
    const { element, calls } = await ready({ submitDelayMs: 150 });
    chooseChannel(element, 'email');
    await element.updateComplete;
    const button = $<HTMLButtonElement>(element, '[part~="submit-button"]');
    button.click();
    button.click();
    await element.updateComplete;
    expect(button.disabled).to.equal(true);
    // Once the first request is on its way, another submit (e.g. Enter in a field) sends nothing.
    await waitUntil(() => calls.contacts.length === 1, 'the first request arrives');
    $<HTMLFormElement>(element, 'form').requestSubmit();
    await waitUntil(() => element.shadowRoot?.querySelector('[part~="confirmation"]'), 'the confirmation shows');
    expect(calls.contacts).to.have.length(1);
  });

  it('shows a failed send next to the button and retries with the same idempotency key', async () => {
    const calls = journeyCalls();
    await useApi(...claimApi({ claim: germanClaim() }), ...journeyApi({ submitError: { code: 'internal', status: 500 } }, calls));
    const element = await contact();
    await waitUntil(() => element.shadowRoot?.querySelector('form'), 'the form renders');
    chooseChannel(element, 'email');
    await submit(element);
    await waitUntil(() => shadowText(element, '[role="alert"]') !== '', 'the error shows');
    expect(shadowText(element, '[role="alert"]')).to.contain('Something went wrong on our side');
    expect($<HTMLButtonElement>(element, '[part~="submit-button"]').disabled).to.equal(false);
    await useApi(...claimApi({ claim: germanClaim() }), ...journeyApi({}, calls));
    await submit(element);
    await waitUntil(() => element.shadowRoot?.querySelector('[part~="confirmation"]'), 'the retry succeeds');
    expect(calls.idempotencyKeys).to.have.length(2);
    expect(calls.idempotencyKeys[1]).to.equal(calls.idempotencyKeys[0]);
  });

  it('opens itself for a settle-contact-request from another element and takes its topic', async () => {
    const { element } = await ready({}, { hidden: true });
    const source = document.createElement('div');
    document.body.append(source);
    const request = new SettleContactRequestEvent({ claimId: 'clm_de_1001', topic: 'hardship' });
    source.dispatchEvent(request);
    source.remove();
    expect(request.defaultPrevented).to.equal(true);
    expect(element.hidden).to.equal(false);
    await element.updateComplete;
    expect($<HTMLInputElement>(element, 'input[name="hardship"]').checked).to.equal(true);
    expect(shadowText(element, '[part~="contact"] > p')).to.contain('You don’t have to go through this alone');
    await waitUntil(() => element.shadowRoot!.activeElement?.tagName === 'H2', 'focus moves to the heading');
  });

  it('leaves a request for another claim alone', async () => {
    const { element } = await ready({}, { hidden: true });
    const request = new SettleContactRequestEvent({ claimId: 'clm_other', topic: 'question' });
    document.dispatchEvent(request);
    expect(request.defaultPrevented).to.equal(false);
    expect(element.hidden).to.equal(true);
  });

  it('reflows at 320 px with targets of at least 24 by 24 px', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const { element } = await ready({}, { locale: 'de' });
      $<HTMLInputElement>(element, 'input[name="hardship"]').click();
      await element.updateComplete;
      $<HTMLInputElement>(element, 'input[name="involvesHealth"]').click();
      await element.updateComplete;
      expect(element.scrollWidth).to.be.at.most(320);
      for (const target of element.shadowRoot!.querySelectorAll('input, button, select, textarea, [part~="support"] a')) {
        const box = target.getBoundingClientRect();
        expect(box.width >= 24 && box.height >= 24, `${target.outerHTML.slice(0, 60)} is ${box.width}x${box.height}`).to.equal(true);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('renders markup in creditor strings as text', async () => {
    const journey = testJourney({ support: { phone: '+49 30 1234567', openingHours: { en: '<img src=x onerror="window.hacked=1">Mon–Fri' } } });
    const { element } = await ready({ journey });
    expect(shadowText(element, '.support-hours')).to.contain('<img src=x onerror="window.hacked=1">Mon–Fri');
    expect(element.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('refuses javascript: and other non-https links from configuration and from the server', async () => {
    const { element } = await ready({ support: { url: 'javascript:alert(1)' } });
    element.support = { chatUrl: 'javascript:alert(1)', contactUrl: 'http://plain.example/', email: 'x@y.example?bcc=z@w.example' } as never;
    await element.updateComplete;
    expect(element.shadowRoot!.querySelectorAll('a')).to.have.length(0);
    chooseChannel(element, 'chat');
    await submit(element);
    await waitUntil(() => element.shadowRoot?.querySelector('[part~="confirmation"]'), 'the confirmation shows');
    const hrefs = Array.from(element.shadowRoot!.querySelectorAll('a'), (link) => link.getAttribute('href'));
    expect(hrefs.some((href) => !/^(tel:|mailto:|https:)/.test(href ?? ''))).to.equal(false);
    expect(hrefs).not.to.include('javascript:alert(1)');
  });

  it('speaks German in every tone', async () => {
    const titles: Record<string, string> = {
      empathetic: 'Mit einem Menschen sprechen',
      neutral: 'Mit einem Menschen sprechen',
      formal: 'Persönliches Gespräch anfragen',
      easy: 'Mit einem Menschen sprechen',
    };
    for (const [tone, title] of Object.entries(titles)) {
      await useApi(...claimApi({ claim: germanClaim() }), ...journeyApi());
      const element = await contact({ locale: 'de', tone });
      await waitUntil(() => element.shadowRoot?.querySelector('form'), `the ${tone} form renders`);
      expect(shadowText(element, 'h2').split(' | ')[0]).to.equal(title);
      expect(shadowText(element, 'legend')).to.contain(tone === 'formal' ? 'Bevorzugter Kontaktweg' : 'Wie sollen wir Sie erreichen?');
      await expect(element).to.be.accessible();
    }
  });

  it('falls back to the human route of the server answer when the creditor set no channels', async () => {
    await useApi(
      ...claimApi({ claim: germanClaim() }),
      http.get(`${TEST_API}/journey`, () => HttpResponse.json({ journey: testJourney({ support: {} }) })),
      ...journeyApi({ support: { phone: '+1 555 0100' } }).slice(1),
    );
    const element = await contact();
    await waitUntil(() => element.shadowRoot?.querySelector('form'), 'the form renders');
    expect(shadowText(element, '[part~="support"]')).to.contain('Please use the form to reach us.');
    chooseChannel(element, 'phone');
    await submit(element);
    await waitUntil(() => element.shadowRoot?.querySelector('[part~="confirmation"]'), 'the confirmation shows');
    expect($<HTMLAnchorElement>(element, 'a[href^="tel:"]').getAttribute('href')).to.equal('tel:+15550100');
  });
});
