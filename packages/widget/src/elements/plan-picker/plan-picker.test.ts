import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { germanClaim } from '../../../../../tests/fixtures/claims.js';
import { claimApi, TEST_API, useApi } from '../../../test/support/api-mock.js';
import { resetSettleState, shadowText, smallTargets } from '../../../test/support/element.js';
import type { SettleCheckoutRequestEvent } from '../../events/settle-checkout-request.js';
import type { SettlePlanAcceptEvent } from '../../events/settle-plan-accept.js';
import { agreedPlan, newCalls, planApi, signedOffers, type PlanApiCalls, type PlanApiState } from '../../../test/support/plan-api.mock.js';
import type { SettlePlanPicker } from './plan-picker.js';
import { byId, enter, focused, part, parts, scheduleAmounts, tabTo } from '../../../test/support/plan-dom.mock.js';
import './define.js';

const BALANCE = 12837;

async function picker(state: PlanApiState, calls: PlanApiCalls = newCalls(), attributes: { locale?: string; tone?: string; recommended?: string } = {}): Promise<SettlePlanPicker> {
  await useApi(...claimApi({ claim: germanClaim() }), ...planApi(state, calls));
  const element = await fixture<SettlePlanPicker>(html`<settle-plan-picker
    api=${TEST_API}
    token="link-plan"
    locale=${attributes.locale ?? 'de'}
    tone=${attributes.tone ?? 'empathetic'}
    recommended=${attributes.recommended ?? ''}
  ></settle-plan-picker>`);
  await waitUntil(() => element.offers.status !== 'pending' && element.shadowRoot?.querySelector('[part~="base"]'), 'the offers load and render');
  await element.updateComplete;
  return element;
}

async function chooseOffer(element: SettlePlanPicker, kind: string): Promise<void> {
  const button = element.shadowRoot?.querySelector<HTMLButtonElement>(`[part~="offer-${kind}"] [part~="choose-button"]`);
  if (!button) throw new Error(`no ${kind} offer`);
  button.click();
  await element.updateComplete;
}

/** Picks a monthly amount chip (minor units, or `other`) and, for an amount, waits for the plans the server answers. */
async function pickMonthly(element: SettlePlanPicker, value: string): Promise<void> {
  element.shadowRoot!.querySelector<HTMLInputElement>(`input[name="monthly"][value="${value}"]`)!.click();
  if (value !== 'other') await waitUntil(() => element.shadowRoot?.querySelector('[part~="plans"]'), 'the plans for the amount show');
  await element.updateComplete;
}

const chipLabels = (element: SettlePlanPicker, part: string) =>
  Array.from(element.shadowRoot!.querySelectorAll(`[part~="${part}"] label`)).map((label) => label.textContent?.replace(/\s+/g, ' ').trim());

async function continueToReview(element: SettlePlanPicker): Promise<void> {
  part(element, 'continue-button').click();
  await element.updateComplete;
}

describe('<settle-plan-picker>', () => {
  beforeEach(resetSettleState);

  it('shows a loading state that passes axe while the offers load', async () => {
    await useApi(...claimApi({ claim: germanClaim(), delayMs: 'infinite' }), ...planApi({ offers: signedOffers(BALANCE) }));
    const element = await fixture<SettlePlanPicker>(html`<settle-plan-picker api=${TEST_API} token="link-slow" locale="de"></settle-plan-picker>`);
    await waitUntil(() => element.shadowRoot?.querySelector('[part~="loading"]'), 'the loading state renders');
    expect(shadowText(element, '[part~="loading"]')).to.contain('Wir laden Ihre Möglichkeiten');
    await expect(element).to.be.accessible();
  });

  it('lists the offers in German with their costs, recommended ones first and only the first marked', async () => {
    const element = await picker({ offers: signedOffers(BALANCE, { costs: { instalments: 1500 } }) }, newCalls(), { recommended: 'instalments deferral' });
    const offers = parts(element, 'offer');
    expect(offers.map((offer) => offer.querySelector('h3')?.textContent)).to.deep.equal(['In Raten zahlen', 'Später zahlen', 'Alles auf einmal zahlen', 'Zahlung zusagen']);
    expect(parts(element, 'recommended-badge')).to.have.length(1);
    expect(offers.map((offer) => offer.querySelector('[part~="choose-button"]')?.classList.contains('secondary'))).to.deep.equal([false, true, true, true]);
    const text = (node: Element | undefined) => node?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(text(offers[0])).to.contain('Kosten 15,00 € · insgesamt 143,37 €');
    expect(text(offers[1])).to.contain('Keine zusätzlichen Kosten');
    await expect(element).to.be.accessible();
  });

  it('reads the recommended property set from a quiz result', async () => {
    const element = await picker({ offers: signedOffers(BALANCE) });
    element.recommended = ['promise_to_pay'];
    await element.updateComplete;
    expect(parts(element, 'offer')[0]?.getAttribute('part')).to.contain('offer-promise_to_pay').and.contain('offer-recommended');
  });

  it('shows a friendly error with a retry that loads the offers', async () => {
    const calls = newCalls();
    const element = await picker({ offers: signedOffers(BALANCE), offersErrors: [{ code: 'internal', status: 500 }] }, calls);
    expect(element.offers.status).to.equal('error');
    expect(shadowText(element, '[part~="error"]')).to.contain('Bitte versuchen Sie es erneut');
    await expect(element).to.be.accessible();
    part(element, 'retry-button').click();
    await waitUntil(() => element.offers.status === 'complete', 'the retry loads the offers');
    await element.updateComplete;
    expect(parts(element, 'offer')).to.have.length(4);
    expect(calls.offerRequests).to.equal(2);
  });

  it('offers a person when there are no offers online', async () => {
    const element = await picker({ offers: [] });
    expect(shadowText(element, '[part~="heading"]')).to.equal('Gerade keine Möglichkeiten online');
    const requested = oneEvent(element, 'settle-contact-request');
    part(element, 'contact-button').click();
    expect((await requested).detail.claimId).to.equal('clm_de_1001');
    await expect(element).to.be.accessible();
  });

  it('offers one way to a person on every step, from the offers to the confirmation, with targets of 24 px at 360 px', async () => {
    await setViewport({ width: 360, height: 740 });
    try {
      const element = await picker({ offers: signedOffers(BALANCE) });
      const contactOnStep = async (step: string) => {
        expect(
          // biome-ignore lint/performance/useDomNodeTextContent: the test reads the text as rendered, without hidden parts
          parts(element, 'contact-button').map((button) => button.innerText),
          step,
        ).to.deep.equal(['Mit einem Menschen sprechen']);
        expect(smallTargets(element), step).to.deep.equal([]);
        const requested = oneEvent(element, 'settle-contact-request');
        part(element, 'contact-button').click();
        expect((await requested).detail.topic, step).to.equal('question');
      };
      await contactOnStep('offers');
      await chooseOffer(element, 'instalments');
      await pickMonthly(element, '3000');
      await contactOnStep('choose');
      await continueToReview(element);
      await contactOnStep('review');
      part(element, 'accept-button').click();
      await waitUntil(() => element.step === 'accepted', 'the plan is agreed');
      await element.updateComplete;
      await contactOnStep('accepted');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('asks how much a month could take with round amounts and no number spinner, then shows the plans the server answers, one recommended', async () => {
    const calls = newCalls();
    const element = await picker({ offers: signedOffers(BALANCE) }, calls);
    await chooseOffer(element, 'instalments');
    expect(chipLabels(element, 'monthly')).to.deep.equal(['25,00 €', '30,00 €', '40,00 €', 'Anderer Betrag']);
    expect(element.shadowRoot!.querySelector('input[type="number"]')).to.equal(null);
    expect(shadowText(element, '[part~="choice-problem"]')).to.equal('');
    await pickMonthly(element, '3000');
    expect(calls.monthly).to.deep.equal([{ offerToken: 'signed.instalments.2', monthlyAmount: { amount: 3000, currency: 'EUR' }, frequency: 'monthly' }]);
    // 4 × 30 € would leave 8.37 €, below the 20 € minimum: the server splits evenly and names the differing last one.
    expect(chipLabels(element, 'plans')).to.deep.equal(['4 × 25,67 € und 1 × 25,69 € · letzte Rate am 1. April 2027 Für Sie empfohlen', '5 × 21,39 € und 1 × 21,42 € · letzte Rate am 1. Mai 2027']);
    expect(parts(element, 'recommended-badge')).to.have.length(1);
    expect(scheduleAmounts(element)).to.deep.equal([2567, 2567, 2567, 2567, 2569]);
    expect(shadowText(element, '[part~="schedule-total"]')).to.contain('128,37 €');
    await waitUntil(() => shadowText(element, '[part~="live-region"]') === 'Vorschau aktualisiert. Zahlungen: 5. Insgesamt: 128,37 €.', 'the preview is announced');
    element.shadowRoot!.querySelector<HTMLInputElement>('input[name="plan"][value="1"]')!.click();
    await element.updateComplete;
    expect(scheduleAmounts(element)).to.have.length(6);
    await expect(element).to.be.accessible();
  });

  it('states on the instalment card the smallest amount per payment for this claim (21,40 €), not the policy’s 20 €, and the count range', async () => {
    const element = await picker({ offers: signedOffers(BALANCE) });
    expect(shadowText(element, '[part~="offer-instalments"] p:not([part])')).to.contain('2 bis 6 Zahlungen von jeweils mindestens 21,40 €');
  });

  it('asks per payment every two weeks when the policy has only that, in German and English, and sends that frequency', async () => {
    const calls = newCalls();
    const element = await picker({ offers: signedOffers(BALANCE, { frequencies: ['biweekly'] }) }, calls);
    await chooseOffer(element, 'instalments');
    expect(shadowText(element, '[part~="monthly"] legend')).to.equal('Wie viel könnten Sie alle zwei Wochen zahlen?');
    // One frequency is no choice: no field to switch.
    expect(element.shadowRoot!.querySelector('select[name="frequency"]')).to.equal(null);
    await pickMonthly(element, '3000');
    expect(calls.monthly.at(-1)?.frequency).to.equal('biweekly');
    expect(chipLabels(element, 'plans')[0]).to.equal('4 × 25,67 € und 1 × 25,69 € · letzte Rate am 26. Januar 2027 Für Sie empfohlen');
    await expect(element).to.be.accessible();

    const english = await picker({ offers: signedOffers(BALANCE, { frequencies: ['biweekly'] }) }, newCalls(), { locale: 'en', tone: 'easy' });
    await chooseOffer(english, 'instalments');
    expect(shadowText(english, '[part~="monthly"] legend')).to.equal('How much money can you pay every two weeks?');
  });

  it('lets the debtor switch between the policy’s frequencies, monthly first, and asks the server again at the new one', async () => {
    const calls = newCalls();
    const element = await picker({ offers: signedOffers(BALANCE, { frequencies: ['weekly', 'monthly'] }) }, calls, { locale: 'en' });
    await chooseOffer(element, 'instalments');
    const frequency = element.shadowRoot!.querySelector<HTMLSelectElement>('select[name="frequency"]')!;
    expect(frequency.value).to.equal('monthly');
    expect(shadowText(element, '[part~="monthly"] legend')).to.equal('How much could you pay per month?');
    await pickMonthly(element, '3000');
    frequency.value = 'weekly';
    frequency.dispatchEvent(new Event('input', { bubbles: true }));
    frequency.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => calls.monthly.length === 2 && element.shadowRoot?.querySelector('[part~="plans"]'), 'the weekly plans show');
    await element.updateComplete;
    expect(shadowText(element, '[part~="monthly"] legend')).to.equal('How much could you pay per week?');
    expect(calls.monthly.map((body) => body.frequency)).to.deep.equal(['monthly', 'weekly']);
    expect(chipLabels(element, 'plans')[0]).to.match(/^4 × €25\.67 and 1 × €25\.69 · last payment on 29 December 2026/);
    await expect(element).to.be.accessible();
  });

  it('takes another amount typed the German way; below the smallest monthly amount it says that amount and offers a person once', async () => {
    const calls = newCalls();
    const element = await picker({ offers: signedOffers(BALANCE) }, calls);
    await chooseOffer(element, 'instalments');
    await pickMonthly(element, 'other');
    const amount = byId(element, 'monthlyAmount');
    await enter(element, amount, '15,00');
    amount.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => shadowText(element, '[part~="human-route"]').includes('21,40 €'), 'the smallest monthly amount shows');
    expect(shadowText(element, '[part~="human-route"]')).to.contain('Mit einem Menschen sprechen');
    expect(parts(element, 'contact-button')).to.have.length(1);
    expect(element.shadowRoot!.querySelector('[part~="plans"]')).to.equal(null);
    await expect(element).to.be.accessible();
    await enter(element, amount, '35');
    amount.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => element.shadowRoot?.querySelector('[part~="plans"]'), 'the plans for 35 € show');
    expect(calls.monthly.map((body) => body.monthlyAmount.amount)).to.deep.equal([1500, 3500]);
    expect(chipLabels(element, 'plans')[0]).to.equal('3 × 35,00 € und 1 × 23,37 € · letzte Rate am 1. März 2027 Für Sie empfohlen');
    expect(parts(element, 'contact-button')).to.have.length(1);
  });

  it('points at the monthly amount when the debtor goes on without one', async () => {
    const element = await picker({ offers: signedOffers(BALANCE) });
    await chooseOffer(element, 'instalments');
    await continueToReview(element);
    expect(element.step).to.equal('choose');
    expect(shadowText(element, '[part~="choice-problem"]')).to.equal('Bitte wählen Sie, wie viel Sie pro Monat zahlen könnten.');
    expect(focused(element)?.getAttribute('name')).to.equal('monthly');
  });

  it('previews a payment pause that resumes after the chosen months', async () => {
    const element = await picker({ offers: signedOffers(BALANCE, { enabledOptions: ['payment_pause'] }) });
    await chooseOffer(element, 'payment_pause');
    expect(byId(element, 'months').max).to.equal('3');
    await enter(element, byId(element, 'months'), '2');
    await enter(element, byId(element, 'pauseCount'), '2');
    expect(shadowText(element, '[part~="schedule-table"] tbody')).to.contain('1. Februar 2027').and.contain('1. März 2027');
    expect(scheduleAmounts(element)).to.deep.equal([6418, 6419]);
    await enter(element, byId(element, 'months'), '4');
    expect(byId(element, 'months').getAttribute('aria-invalid')).to.equal('true');
    expect(shadowText(element, '[part~="choice-problem"]')).to.equal('Die Pause dauert höchstens 3 Monate.');
    await expect(element).to.be.accessible();
  });

  it('starts a plan with a required down payment that is asked of the checkout after agreeing', async () => {
    const calls = newCalls();
    const element = await picker({ offers: signedOffers(BALANCE, { downPayment: { required: true, minimumBasisPoints: 1000 } }) }, calls);
    await chooseOffer(element, 'instalments');
    expect(byId(element, 'downPaymentAmount').value).to.equal('12,84');
    await pickMonthly(element, '4000');
    expect(calls.monthly[0]?.downPayment).to.deep.equal({ amount: 1284, currency: 'EUR' });
    expect(shadowText(element, '[part~="schedule-table"] tbody th')).to.contain('Anzahlung');
    expect(scheduleAmounts(element)).to.deep.equal([1284, 4000, 4000, 3553]);
    await continueToReview(element);
    const accepted = oneEvent(element, 'settle-plan-accept') as Promise<SettlePlanAcceptEvent>;
    part(element, 'accept-button').click();
    const { detail } = await accepted;
    expect((calls.accepts[0]!.body as { choice: unknown }).choice).to.deep.equal({
      kind: 'instalments',
      frequency: 'monthly',
      downPayment: { amount: 1284, currency: 'EUR' },
      instalmentAmount: { amount: 4000, currency: 'EUR' },
    });
    expect(detail.payNow).to.deep.include({ option: 'down_payment', instalment: 1, amount: { amount: 1284, currency: 'EUR' } });
  });

  it('limits the deferral date to the allowed window and refuses a date outside it', async () => {
    const calls = newCalls();
    const element = await picker({ offers: signedOffers(BALANCE) }, calls);
    await chooseOffer(element, 'deferral');
    const date = byId(element, 'date');
    expect([date.min, date.max]).to.deep.equal(['2026-12-02', '2026-12-31']);
    await enter(element, date, '2027-01-15');
    expect(shadowText(element, '[part~="choice-problem"]')).to.contain('vom 2. Dezember 2026 bis zum 31. Dezember 2026');
    await continueToReview(element);
    expect(element.step).to.equal('choose');
    await enter(element, date, '2026-12-28');
    expect(shadowText(element, '[part~="preview"]')).to.contain('28. Dezember 2026');
    await continueToReview(element);
    expect(element.step).to.equal('review');
    await expect(element).to.be.accessible();
  });

  it('discloses the costs and warns about lost objections before the accept button', async () => {
    const element = await picker({ offers: signedOffers(BALANCE, { costs: { deferral: 500 } }) });
    await chooseOffer(element, 'deferral');
    expect(shadowText(element, '[part~="costs"]')).to.equal('Diese Vereinbarung kostet 5,00 €. Sie zahlen insgesamt 133,37 €: den offenen Betrag von 128,37 € plus 5,00 €.');
    await continueToReview(element);
    const acknowledgement = part(element, 'acknowledgement');
    expect(acknowledgement.textContent).to.contain('Einwendungen und Einreden');
    expect(acknowledgement.compareDocumentPosition(part(element, 'accept-button')) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    expect(shadowText(element, '[part~="review-total"]')).to.equal('133,37 €');
    expect(focused(element)?.id).to.equal('step-heading');
    await expect(element).to.be.accessible();
  });

  it('accepts with the signed offer and the choice only, then shows the server schedule', async () => {
    const calls = newCalls();
    const offers = signedOffers(BALANCE);
    const element = await picker({ offers }, calls);
    await chooseOffer(element, 'instalments');
    await pickMonthly(element, '4000');
    await continueToReview(element);
    const accepted = oneEvent(element, 'settle-plan-accept') as Promise<SettlePlanAcceptEvent>;
    part(element, 'accept-button').click();
    const event = await accepted;
    await element.updateComplete;
    expect(calls.accepts).to.have.length(1);
    expect(calls.accepts[0]?.body).to.deep.equal({
      offerToken: offers.find((offer) => offer.offer.terms.kind === 'instalments')?.token,
      choice: { kind: 'instalments', frequency: 'monthly', count: 4 },
    });
    expect(calls.accepts[0]?.idempotencyKey).to.match(/^[0-9a-f-]{36}$/);
    expect(event.detail.plan.schedule.total.amount).to.equal(BALANCE);
    expect(event.detail.payNow?.option).to.equal('instalment');
    expect(shadowText(element, '[part~="heading"]')).to.equal('Danke – Ihr Plan ist vereinbart');
    expect(scheduleAmounts(element)).to.deep.equal([3209, 3209, 3209, 3210]);
    expect(part(element, 'print-button')).to.exist;
    await expect(element).to.be.accessible();
  });

  it('sends one request when accept is clicked twice', async () => {
    const calls = newCalls();
    let open: () => void = () => {};
    const state: PlanApiState = { offers: signedOffers(BALANCE), acceptGate: new Promise<void>((resolve) => (open = resolve)) };
    const element = await picker(state, calls);
    await chooseOffer(element, 'promise_to_pay');
    await continueToReview(element);
    const accept = part(element, 'accept-button');
    accept.click();
    accept.click();
    await element.updateComplete;
    expect(accept.getAttribute('aria-disabled')).to.equal('true');
    await waitUntil(() => calls.accepts.length === 1, 'the request arrives');
    open();
    await waitUntil(() => element.step === 'accepted', 'the plan is agreed');
    expect(calls.accepts).to.have.length(1);
  });

  it('confirms the agreed plan with what the debtor can use, and without the internal plan id', async () => {
    for (const locale of ['de', 'en']) {
      resetSettleState();
      const element = await picker({ offers: signedOffers(BALANCE) }, newCalls(), { locale });
      await chooseOffer(element, 'pay_in_full');
      part(element, 'accept-button').click();
      await waitUntil(() => element.step === 'accepted' && element.shadowRoot?.querySelector('[part~="confirmation-summary"]'), 'the plan is agreed');
      const summary = shadowText(element, '[part~="confirmation-summary"]');
      expect(summary, locale).to.contain(locale === 'de' ? 'Insgesamt zu zahlen 128,37 €' : 'Total payable €128.37');
      expect(summary, locale).not.to.match(/pln_|Referenz|Reference/);
    }
  });

  it('reloads the offers with a note when the server says the offer is stale', async () => {
    const calls = newCalls();
    const renewed = signedOffers(BALANCE + 500);
    const element = await picker({ offers: signedOffers(BALANCE), acceptErrors: [{ code: 'offer_stale', status: 422 }], renewedOffers: renewed }, calls);
    await chooseOffer(element, 'pay_in_full');
    part(element, 'accept-button').click();
    await waitUntil(() => calls.offerRequests === 2 && element.offers.status === 'complete', 'the offers reload');
    await element.updateComplete;
    expect(element.step).to.equal('offers');
    expect(shadowText(element, '[part~="notice"]')).to.contain('haben sich inzwischen geändert');
    expect(focused(element)?.id).to.equal('step-heading');
    expect(shadowText(element, '[part~="offer-pay_in_full"]')).to.contain('133,37 €');
    await expect(element).to.be.accessible();
  });

  it('shows a friendly error when accepting fails and retries with the same idempotency key', async () => {
    const calls = newCalls();
    const element = await picker({ offers: signedOffers(BALANCE), acceptErrors: [{ code: 'internal', status: 500 }] }, calls);
    await chooseOffer(element, 'pay_in_full');
    part(element, 'accept-button').click();
    await waitUntil(() => element.shadowRoot?.querySelector('[part~="accept-error"]'), 'the error shows');
    expect(shadowText(element, '[part~="accept-error"]')).to.contain('Ihr Plan konnte noch nicht vereinbart werden');
    await expect(element).to.be.accessible();
    part(element, 'accept-button').click();
    await waitUntil(() => element.step === 'accepted', 'the retry agrees the plan');
    expect(calls.accepts.map((call) => call.idempotencyKey)).to.have.length(2);
    expect(calls.accepts[0]?.idempotencyKey).to.equal(calls.accepts[1]?.idempotencyKey);
  });

  it('asks the checkout to take a payment in full after agreeing', async () => {
    const element = await picker({ offers: signedOffers(BALANCE) });
    await chooseOffer(element, 'pay_in_full');
    expect(element.step).to.equal('review');
    part(element, 'accept-button').click();
    await waitUntil(() => element.step === 'accepted', 'agreed');
    await element.updateComplete;
    const requested = oneEvent(element, 'settle-checkout-request') as Promise<SettleCheckoutRequestEvent>;
    part(element, 'pay-button').click();
    const { detail } = await requested;
    expect(detail).to.deep.include({ claimId: 'clm_de_1001', planId: 'pln_test_0001', option: 'full' });
    expect(detail.amount).to.deep.equal({ amount: BALANCE, currency: 'EUR' });
  });

  it('sends a partial amount typed the German way as minor units', async () => {
    const calls = newCalls();
    const element = await picker({ offers: signedOffers(BALANCE, { enabledOptions: ['partial_payment'], partialPayment: { minimum: 1000 } }) }, calls);
    await chooseOffer(element, 'partial_payment');
    await enter(element, byId(element, 'partialAmount'), '25,50');
    expect(shadowText(element, '[part~="remaining"]')).to.contain('102,87 €');
    await continueToReview(element);
    part(element, 'accept-button').click();
    await waitUntil(() => calls.accepts.length === 1, 'sent');
    expect((calls.accepts[0]!.body as { choice: unknown }).choice).to.deep.equal({ kind: 'partial_payment', amount: { amount: 2550, currency: 'EUR' } });
  });

  it('can be operated with the keyboard alone, from the offers to the confirmation', async () => {
    const calls = newCalls();
    const element = await picker({ offers: signedOffers(BALANCE) }, calls, { locale: 'en' });
    await tabTo(element, (node) => node.closest('[part~="offer-instalments"]') !== null && node.localName === 'button');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(focused(element)?.id).to.equal('step-heading');
    await tabTo(element, (node) => node.getAttribute('name') === 'monthly');
    // Arrow keys move between the amount chips and pick the one they land on: 25 € → 30 €.
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => element.shadowRoot?.querySelector('[part~="plans"]'), 'the plans for €30.00 show');
    await element.updateComplete;
    expect(calls.monthly.at(-1)?.monthlyAmount).to.deep.equal({ amount: 3000, currency: 'EUR' });
    await tabTo(element, (node) => node.getAttribute('name') === 'plan');
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect(scheduleAmounts(element)).to.have.length(6);
    await tabTo(element, (node) => node.getAttribute('part') === 'continue-button');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(element.step).to.equal('review');
    await tabTo(element, (node) => node.getAttribute('part') === 'accept-button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => element.step === 'accepted', 'agreed by keyboard');
    await element.updateComplete;
    expect((calls.accepts[0]!.body as { choice: unknown }).choice).to.deep.equal({ kind: 'instalments', frequency: 'monthly', count: 6 });
    expect(focused(element)?.id).to.equal('step-heading');
    expect(shadowText(element, '[part~="heading"]')).to.equal('Thank you – your plan is agreed');
  });

  it('speaks English and every tone in both languages', async () => {
    const headings: Record<string, string> = {};
    for (const locale of ['en', 'de']) {
      for (const tone of ['empathetic', 'neutral', 'formal', 'easy']) {
        resetSettleState();
        const element = await picker({ offers: signedOffers(BALANCE, { costs: { deferral: 500 } }) }, newCalls(), { locale, tone });
        headings[`${locale}-${tone}`] = shadowText(element, '[part~="heading"]');
        await chooseOffer(element, 'deferral');
        await continueToReview(element);
        expect(shadowText(element, '[part~="acknowledgement"]'), `${locale} ${tone}`).not.to.contain('planPicker.');
        expect(shadowText(element, '[part~="costs"]'), `${locale} ${tone}`).to.contain(locale === 'de' ? '5,00 €' : '€5.00');
      }
    }
    expect(headings['en-empathetic']).to.equal('How would you like to pay?');
    expect(headings['de-formal']).to.equal('Verfügbare Zahlungsmöglichkeiten');
    expect(new Set(Object.values(headings)).size).to.equal(8);
  });

  it('hands over to manage my plan when a plan is already agreed', async () => {
    const offers = signedOffers(BALANCE);
    const plan = agreedPlan(offers.find((signed) => signed.offer.terms.kind === 'deferral')!, { kind: 'deferral', date: '2026-12-20' });
    const element = await picker({ offers: [], activePlanId: plan.id, plan });
    const manager = element.shadowRoot?.querySelector('settle-plan-manager');
    expect(manager).to.exist;
    await waitUntil(() => manager?.shadowRoot?.querySelector('[part~="schedule-table"]'), 'the manager shows the plan');
    expect(shadowText(manager!, '[part~="heading"]')).to.equal('Ihr Zahlungsplan');
    expect(shadowText(manager!, '[part~="schedule-row"]')).to.contain('20. Dezember 2026');
  });
});
