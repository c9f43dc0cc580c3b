import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { germanClaim } from '../../../../../tests/fixtures/claims.js';
import { claimApi, TEST_API, useApi } from '../../../test/support/api-mock.js';
import { resetSettleState, shadowText } from '../../../test/support/element.js';
import { journeyApi, journeyCalls, testJourney, type JourneyApiOptions } from '../../../test/support/journey-api.js';
import type { SettleContact } from './contact.js';
import './define.js';

const BERLIN = {
  timeZone: 'Europe/Berlin',
  windows: [
    { days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '17:00' },
    { days: ['sat'], from: '10:00', to: '13:30' },
  ],
} as const;

function withHours(): JourneyApiOptions {
  const journey = testJourney();
  return { journey: { ...journey, support: { ...journey.support, callbackHours: structuredClone(BERLIN) as never } } };
}

async function contact(options: JourneyApiOptions, locale = 'en', tone = 'empathetic') {
  const calls = journeyCalls();
  await useApi(...claimApi({ claim: germanClaim() }), ...journeyApi(options, calls));
  const element = await fixture<SettleContact>(html`<settle-contact api=${TEST_API} token="link-contact" locale=${locale} tone=${tone}></settle-contact>`);
  await waitUntil(() => element.shadowRoot?.querySelector('form'), 'the contact form renders');
  return { element, calls };
}

const $ = <T extends Element = HTMLElement>(element: Element, selector: string) => element.shadowRoot!.querySelector<T>(selector)!;
const windowOptions = (element: SettleContact) => Array.from(element.shadowRoot!.querySelectorAll('select[name="window"] option'), (option) => option.textContent?.trim());

async function requestCallback(element: SettleContact, window: string): Promise<void> {
  $<HTMLInputElement>(element, 'input[name="channel"][value="callback"]').click();
  await element.updateComplete;
  const select = $<HTMLSelectElement>(element, 'select[name="window"]');
  select.value = window;
  select.dispatchEvent(new Event('change'));
  $<HTMLButtonElement>(element, '[part~="submit-button"]').click();
  await element.updateComplete;
}

describe('<settle-contact> within the creditor’s callback hours', () => {
  beforeEach(resetSettleState);

  it('offers only the creditor’s windows, with their days, hours and time zone, in English and German, and passes axe', async () => {
    const english = await contact(withHours());
    expect(windowOptions(english.element)).to.deep.equal(['Any time', 'Mon–Fri 9 AM – 5 PM (Berlin)', 'Sat 10:00 AM – 1:30 PM (Berlin)']);
    await expect(english.element).to.be.accessible();
    resetSettleState();
    const german = await contact(withHours(), 'de');
    expect(windowOptions(german.element)).to.deep.equal(['Jederzeit', 'Mo–Fr 09–17 Uhr (Berlin)', 'Sa 10:00–13:30 Uhr (Berlin)']);
  });

  it('keeps the fixed windows where the creditor names no callback hours', async () => {
    const { element } = await contact({});
    expect(windowOptions(element)).to.deep.equal(['Any time', 'Mornings (8:00–12:00)', 'Afternoons (12:00–17:00)', 'Evenings (17:00–20:00)']);
  });

  it('sends the chosen window in the creditor’s time zone and names it in the confirmation', async () => {
    const { element, calls } = await contact(withHours());
    await requestCallback(element, '1');
    await waitUntil(() => element.shadowRoot?.querySelector('[part~="confirmation"]'), 'the confirmation shows');
    expect(calls.contacts).to.deep.equal([{ channel: 'callback', preferredTime: { days: ['sat'], from: '10:00', to: '13:30', timeZone: 'Europe/Berlin' } }]);
    expect(shadowText(element, '[part~="confirmation"]')).to.contain('Sat 10:00 AM – 1:30 PM (Berlin)');
  });

  const refused: Array<[string, string, string]> = [
    ['en', 'empathetic', 'We cannot call back at that time. Please choose one of the times shown.'],
    ['en', 'neutral', 'A callback is not possible at that time. Choose one of the times shown.'],
    ['en', 'formal', 'A callback is not possible at the selected time. Please select one of the times offered.'],
    ['en', 'easy', 'We cannot call you at this time. Please choose a time from the list.'],
    ['de', 'empathetic', 'Zu dieser Zeit können wir leider nicht zurückrufen. Bitte wählen Sie eine der angezeigten Zeiten.'],
    ['de', 'neutral', 'Zu dieser Zeit ist kein Rückruf möglich. Wählen Sie eine der angezeigten Zeiten.'],
    ['de', 'formal', 'Ein Rückruf ist zur gewählten Zeit nicht möglich. Bitte wählen Sie eine der angebotenen Zeiten.'],
    ['de', 'easy', 'Zu dieser Zeit können wir Sie nicht anrufen. Bitte wählen Sie eine Zeit aus der Liste.'],
  ];
  for (const [locale, tone, message] of refused) {
    it(`says a refused time is outside the callback hours, not a generic error (${locale}, ${tone})`, async () => {
      const { element } = await contact({ ...withHours(), submitError: { code: 'contact_unavailable', status: 422 } }, locale, tone);
      await requestCallback(element, '0');
      await waitUntil(() => shadowText(element, '[role="alert"]') !== '', 'the refusal shows');
      expect(shadowText(element, '[role="alert"]')).to.equal(message);
      expect($<HTMLButtonElement>(element, '[part~="submit-button"]').disabled).to.equal(false);
    });
  }
});
