import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { Outcome } from '@settle/protocol';
import { germanClaim } from '../../../../../tests/fixtures/claims.js';
import { outcomeOf, OUTCOMES } from '../../../../../tests/fixtures/outcomes.js';
import { claimApi, TEST_API, useApi } from '../../../test/support/api-mock.js';
import { resetSettleState, shadowText, smallTargets } from '../../../test/support/element.js';
import { journeyApi, journeyCalls, testJourney, type JourneyApiOptions, type JourneyCalls } from '../../../test/support/journey-api.js';
import type { SettleFeedback } from './feedback.js';
import './define.js';

type Attributes = { locale?: string; tone?: string };

async function feedback(attributes: Attributes = {}): Promise<SettleFeedback> {
  return fixture<SettleFeedback>(html`<settle-feedback
    api=${TEST_API}
    token="link-feedback"
    locale=${attributes.locale ?? 'en'}
    tone=${attributes.tone ?? 'empathetic'}
  ></settle-feedback>`);
}

async function ready(options: JourneyApiOptions = {}, attributes: Attributes = {}, outcome: Outcome = OUTCOMES.settled): Promise<{ element: SettleFeedback; calls: JourneyCalls }> {
  const calls = journeyCalls();
  await useApi(...claimApi({ claim: germanClaim(), outcome }), ...journeyApi(options, calls));
  const element = await feedback(attributes);
  await waitUntil(() => element.shadowRoot?.querySelector('form'), 'the survey renders');
  return { element, calls };
}

const $ = <T extends Element = HTMLElement>(element: Element, selector: string) => element.shadowRoot!.querySelector<T>(selector)!;
const liveText = (element: Element) => element.shadowRoot!.querySelector('[part="live-region"]')?.textContent ?? '';

async function rateAndSend(element: SettleFeedback, score: number): Promise<void> {
  $<HTMLInputElement>(element, `input[name="score"][value="${score}"]`).click();
  await element.updateComplete;
  $<HTMLButtonElement>(element, '[part~="submit-button"]').click();
  await element.updateComplete;
}

describe('<settle-feedback>', () => {
  beforeEach(resetSettleState);
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('shows a loading state, and it passes axe', async () => {
    await useApi(...claimApi({ claim: germanClaim(), outcome: OUTCOMES.settled, delayMs: 'infinite' }));
    const element = await feedback();
    await waitUntil(() => shadowText(element, '[part~="loading"]') !== '', 'loading shows');
    await expect(element).to.be.accessible();
  });

  it('shows a friendly error with a retry that loads the page', async () => {
    await useApi(...claimApi({ claim: germanClaim(), outcome: OUTCOMES.settled }), ...journeyApi({ journeyError: { code: 'internal', status: 500 } }));
    const element = await feedback();
    await waitUntil(() => element.shadowRoot?.querySelector('[part~="retry-button"]'), 'the error state renders');
    await expect(element).to.be.accessible();
    await useApi(...claimApi({ claim: germanClaim(), outcome: OUTCOMES.settled }), ...journeyApi());
    $<HTMLButtonElement>(element, '[part~="retry-button"]').click();
    await waitUntil(() => element.shadowRoot?.querySelector('form'), 'the survey renders after retry');
  });

  it('thanks the debtor of a settled claim with the receipt of the payment the server recorded, in English and German, and passes axe', async () => {
    const { element } = await ready();
    expect(shadowText(element, 'h2').split(' | ')[0]).to.equal('Thank you, that’s all settled!');
    expect(shadowText(element, '[part~="receipt"]')).to.equal(
      'Paid to Fair Inkasso GmbH Account number KD-2026-1001 Amount €128.37 Received on 23 November 2026 Paid with test wallet (sandbox) Reference STL-7781',
    );
    await expect(element).to.be.accessible();
    const german = (await ready({}, { locale: 'de' })).element;
    expect(shadowText(german, '[part~="receipt"]')).to.contain('Betrag 128,37 €');
    expect(shadowText(german, '[part~="receipt"]')).to.contain('Eingegangen am 23. November 2026');
    expect(shadowText(german, '[part~="print-button"]')).to.equal('Drucken oder Kopie speichern');
    await expect(german).to.be.accessible();
  });

  it('gives every point of a 1-9 scale a 44 by 44 px target at 360 px, on two rows, and every control 24 px', async () => {
    await setViewport({ width: 360, height: 740 });
    try {
      const { element } = await ready({}, { locale: 'de' });
      expect(element.scrollWidth).to.be.at.most(360);
      const points = Array.from(element.shadowRoot!.querySelectorAll('.scale-point'), (point) => point.getBoundingClientRect());
      expect(points).to.have.length(9);
      for (const box of points) expect(box.width >= 44 && box.height >= 44, `a point is ${box.width}×${box.height}`).to.equal(true);
      expect(Math.max(...points.map((box) => box.right))).to.be.at.most(360);
      const rows = [...new Set(points.map((box) => Math.round(box.top)))];
      expect(rows, 'two rows').to.have.length(2);
      // Low to high reads on: the second row starts with the point after the first row's last.
      expect(points.findIndex((box) => Math.round(box.top) === rows[1])).to.be.greaterThan(3);
      expect(smallTargets(element)).to.deep.equal([]);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('keeps the 1-9 scale on one row at 800 px', async () => {
    const { element } = await ready({}, { locale: 'de' });
    const tops = Array.from(element.shadowRoot!.querySelectorAll('.scale-point'), (point) => Math.round(point.getBoundingClientRect().top));
    expect(new Set(tops).size).to.equal(1);
  });

  it('shows the receipt’s strings as text', async () => {
    const receipts = [{ ...OUTCOMES.settled.receipts[0]!, payee: '<b onclick="x()">Inkasso</b>', reference: '<i>R-1</i>' }];
    const { element } = await ready({}, {}, outcomeOf('settled', { receipts }));
    expect(shadowText(element, '[part~="receipt"]')).to.contain('<b onclick="x()">Inkasso</b>');
    expect(shadowText(element, '[part~="receipt"]')).to.contain('<i>R-1</i>');
    expect(element.shadowRoot!.querySelector('[part~="receipt"] b, [part~="receipt"] i')).to.equal(null);
  });

  it('asks on the journey’s scale with labelled ends, or on the scale the page sets', async () => {
    const { element } = await ready();
    const points = element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="score"]');
    expect(Array.from(points, (point) => point.value)).to.deep.equal(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(points[0]!.closest('label')!.textContent?.replace(/\s+/g, ' ').trim()).to.equal('1, Not at all satisfied');
    expect(points[8]!.closest('label')!.textContent?.replace(/\s+/g, ' ').trim()).to.equal('9, Very satisfied');
    expect(shadowText(element, '.scale-ends')).to.equal('Not at all satisfied Very satisfied');
    element.scale = { min: 1, max: 5 };
    await element.updateComplete;
    expect(element.shadowRoot!.querySelectorAll('input[name="score"]')).to.have.length(5);
    expect(shadowText(element, '.scale-ends')).to.equal('Not satisfied Very satisfied');
    await expect(element).to.be.accessible();
  });

  it('can be answered and sent with the keyboard alone', async () => {
    const { element, calls } = await ready();
    $<HTMLButtonElement>(element, '[part~="print-button"]').focus();
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement?.getAttribute('value')).to.equal('1');
    for (let step = 0; step < 7; step += 1) await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Quick and friendly' });
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement?.id).to.equal('channel');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement?.getAttribute('part')).to.equal('submit-button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => calls.feedback.length === 1, 'the feedback is sent');
    expect(calls.feedback[0]).to.deep.equal({ score: 8, comment: 'Quick and friendly' });
    await waitUntil(() => element.shadowRoot!.activeElement?.getAttribute('part') === 'survey-done', 'focus moves to the thank-you');
  });

  it('needs a score before sending', async () => {
    const { element, calls } = await ready();
    $<HTMLButtonElement>(element, '[part~="submit-button"]').click();
    await element.updateComplete;
    expect(shadowText(element, '#score-error')).to.equal('Please choose a number on the scale.');
    await waitUntil(() => liveText(element) === 'Please choose a number on the scale.', 'the error is announced');
    expect(calls.feedback).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('sends score, comment, channel and time window, thanks the debtor and fires settle-feedback-submit', async () => {
    const { element, calls } = await ready();
    $<HTMLTextAreaElement>(element, 'textarea').value = 'Gut erklärt';
    $<HTMLSelectElement>(element, 'select[name="channel"]').value = 'phone';
    $<HTMLSelectElement>(element, 'select[name="window"]').value = 'evening';
    const fired = oneEvent(element, 'settle-feedback-submit');
    await rateAndSend(element, 9);
    const event = await fired;
    expect(event.detail).to.deep.include({ reference: 'FBK-3003', alreadyReceived: false });
    expect(calls.feedback[0]).to.deep.include({ score: 9, comment: 'Gut erklärt', contactChannel: 'phone' });
    expect((calls.feedback[0] as { preferredTime: object }).preferredTime).to.include({ from: '17:00', to: '20:00' });
    await element.updateComplete;
    expect(shadowText(element, '[part~="survey-done"]')).to.equal('Thank you for your feedback!');
    expect(element.shadowRoot!.querySelector('form')).to.equal(null);
    expect(element.shadowRoot!.querySelector('[part~="support"] a[href^="tel:"]')).not.to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('shows "already received" when the server has feedback from this session (409)', async () => {
    const { element } = await ready({ submitError: { code: 'conflict', status: 409 } });
    const fired = oneEvent(element, 'settle-feedback-submit');
    await rateAndSend(element, 3);
    expect((await fired).detail.alreadyReceived).to.equal(true);
    await element.updateComplete;
    expect(shadowText(element, '[part~="survey-done"]')).to.equal('We already have your feedback. Thank you!');
    await waitUntil(() => liveText(element) === 'We already have your feedback. Thank you!', 'it is announced');
    await expect(element).to.be.accessible();
  });

  it('sends once when the button is clicked twice or the form is submitted again', async () => {
    const { element, calls } = await ready({ submitDelayMs: 150 });
    $<HTMLInputElement>(element, 'input[name="score"][value="5"]').click();
    await element.updateComplete;
    const button = $<HTMLButtonElement>(element, '[part~="submit-button"]');
    button.click();
    button.click();
    await element.updateComplete;
    expect(button.disabled).to.equal(true);
    await waitUntil(() => calls.feedback.length === 1, 'the first request arrives');
    $<HTMLFormElement>(element, 'form').requestSubmit();
    await waitUntil(() => element.shadowRoot?.querySelector('[part~="survey-done"]'), 'the thank-you shows');
    expect(calls.feedback).to.have.length(1);
  });

  it('shows a failed send with the form still there to try again', async () => {
    const { element } = await ready({ submitError: { code: 'internal', status: 500 } });
    await rateAndSend(element, 4);
    await waitUntil(() => shadowText(element, '[role="alert"]') !== '', 'the error shows');
    expect($<HTMLButtonElement>(element, '[part~="submit-button"]').disabled).to.equal(false);
    await expect(element).to.be.accessible();
  });

  it('keeps support channels visible and refuses non-https chat links', async () => {
    const journey = testJourney({ support: { phone: '+49 30 1234567', chatUrl: 'https://chat.example/', email: 'hilfe@stadtwerke.example' } });
    const { element } = await ready({ journey });
    expect(Array.from(element.shadowRoot!.querySelectorAll('[part~="support"] a'), (link) => link.getAttribute('href'))).to.deep.equal([
      'tel:+49301234567',
      'https://chat.example/',
      'mailto:hilfe@stadtwerke.example',
    ]);
    element.support = { chatUrl: 'javascript:alert(1)', phone: '+49 30 1234567' } as never;
    await element.updateComplete;
    expect(Array.from(element.shadowRoot!.querySelectorAll('[part~="support"] a'), (link) => link.getAttribute('href'))).to.deep.equal(['tel:+49301234567']);
  });

  it('prints the outcome, its receipt and contacts without the survey or buttons', async () => {
    const { element } = await ready();
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle($(element, '[part~="survey"]')).display).to.equal('none');
    expect(getComputedStyle($(element, '[part~="print-button"]')).display).to.equal('none');
    expect(getComputedStyle($(element, '[part~="outcome"]')).display).to.equal('block');
    expect(getComputedStyle($(element, '[part~="receipt"]')).display).not.to.equal('none');
    expect(getComputedStyle($(element, '[part~="support"]')).display).to.equal('block');
    await emulateMedia({ media: 'screen' });
    expect(getComputedStyle($(element, '[part~="survey"]')).display).to.equal('block');
  });

  it('has the settled heading in every tone, in English and German', async () => {
    const expected: Record<string, [string, string]> = {
      empathetic: ['Thank you, that’s all settled!', 'Vielen Dank, alles erledigt!'],
      neutral: ['Settled in full', 'Vollständig beglichen'],
      formal: ['This matter is settled in full', 'Die Forderung ist vollständig beglichen'],
      easy: ['Everything is paid', 'Alles ist bezahlt'],
    };
    for (const [tone, [en, de]] of Object.entries(expected)) {
      for (const [locale, title] of [
        ['en', en],
        ['de', de],
      ] as const) {
        const { element } = await ready({}, { locale, tone });
        expect(shadowText(element, 'h2').split(' | ')[0]).to.equal(title);
      }
    }
  });
});
