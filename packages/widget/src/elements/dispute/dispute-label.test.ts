import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { germanClaim } from '../../../../../tests/fixtures/claims.js';
import { claimApi, TEST_API, useApi } from '../../../test/support/api-mock.js';
import { collapse, resetSettleState } from '../../../test/support/element.js';
import { journeyApi } from '../../../test/support/journey-api.js';
import { newCalls, planApi, signedOffers } from '../../../test/support/plan-api.mock.js';
import { TONES } from '../../i18n/tones.js';
import '../claim-summary/define.js';
import '../flow/define.js';
import '../plan-picker/define.js';
import '../quiz/define.js';

/**
 * The way to the dispute form is one action, so it has one label per language and tone on
 * every screen that offers it: the first screen, the quiz's option list and its button,
 * the flow's footer and its "way on" after a result, and the note before agreeing to pay.
 */

type Screen = HTMLElement & { locale?: string; tone?: string; updateComplete: Promise<boolean> };

const COMBINATIONS = ['de', 'en'].flatMap((locale) => TONES.map((tone) => ({ locale, tone, name: `${locale} ${tone}` })));

/** Switches an element's language and tone, and waits until it shows them. */
async function speak(element: Screen, locale: string, tone: string): Promise<void> {
  element.locale = locale;
  element.tone = tone;
  await waitUntil(() => element.getAttribute('lang') === locale, `${element.localName} speaks ${locale}`);
  await element.updateComplete;
}

/** Each combination's labels, read by `read` from the element in that language and tone. */
async function labelsIn(element: Screen, read: () => string[]): Promise<Record<string, string[]>> {
  const labels: Record<string, string[]> = {};
  for (const { locale, tone, name } of COMBINATIONS) {
    await speak(element, locale, tone);
    labels[name] = read();
  }
  return labels;
}

const text = (root: ParentNode, selector: string) => {
  const node = root.querySelector(selector);
  if (!node) throw new Error(`no ${selector}`);
  return collapse(node.textContent ?? '');
};

/** The quiz option's name, without the "recommended" badge beside it. */
function optionName(root: ParentNode): string {
  const label = root.querySelector('[data-option="dispute"] .option-label')?.cloneNode(true) as HTMLElement | undefined;
  if (!label) throw new Error('no dispute option');
  label.querySelector('.badge')?.remove();
  return collapse(label.textContent ?? '');
}

/** Answers the quiz as a debtor who thinks the claim is wrong (skipping the optional question), up to its result. */
async function answerDispute(quiz: Screen): Promise<void> {
  const root = quiz.shadowRoot!;
  const step = () => root.querySelector('form[data-step]')?.getAttribute('data-step');
  await waitUntil(() => root.querySelector('input[value="not_right"]'), 'the first question renders');
  const first = step();
  root.querySelector<HTMLInputElement>('input[value="not_right"]')!.click();
  await quiz.updateComplete;
  root.querySelector<HTMLButtonElement>('[part~="next-button"]')!.click();
  await waitUntil(() => step() !== first, 'the optional question renders');
  root.querySelector<HTMLButtonElement>('[part~="next-button"]')!.click();
  await waitUntil(() => root.querySelector('[data-option="dispute"]'), 'the result offers the dispute');
}

describe('the label of the way to the dispute form', () => {
  beforeEach(() => {
    resetSettleState();
    sessionStorage.clear();
  });

  it('is one label per language and tone on the first screen, the quiz, the flow and the plan note', async () => {
    const screens: Array<Record<string, string[]>> = [];

    await useApi(...claimApi({ claim: germanClaim() }), ...journeyApi(), ...planApi({ offers: signedOffers(12837) }, newCalls()));
    const summary = await fixture<Screen>(html`<settle-claim-summary api=${TEST_API} token="link-label-summary" locale="en"></settle-claim-summary>`);
    await waitUntil(() => summary.shadowRoot?.querySelector('[part~="dispute-button"]'), 'the first screen offers the dispute');
    screens.push(await labelsIn(summary, () => [text(summary.shadowRoot!, '[part~="dispute-button"]')]));

    const quiz = await fixture<Screen>(html`<settle-quiz api=${TEST_API} token="link-label-quiz" locale="en"></settle-quiz>`);
    await answerDispute(quiz);
    screens.push(await labelsIn(quiz, () => [optionName(quiz.shadowRoot!), text(quiz.shadowRoot!, '[data-option="dispute"] button')]));

    const picker = await fixture<Screen>(html`<settle-plan-picker api=${TEST_API} token="link-label-plan" locale="en"></settle-plan-picker>`);
    await waitUntil(() => picker.shadowRoot?.querySelector('[part~="offer-deferral"] [part~="choose-button"]'), 'the offers show');
    picker.shadowRoot!.querySelector<HTMLButtonElement>('[part~="offer-deferral"] [part~="choose-button"]')!.click();
    await waitUntil(() => picker.shadowRoot?.querySelector('[part~="continue-button"]'), 'the deferral form shows');
    picker.shadowRoot!.querySelector<HTMLButtonElement>('[part~="continue-button"]')!.click();
    await waitUntil(() => picker.shadowRoot?.querySelector('[part~="acknowledgement"] [part~="dispute-button"]'), 'the note before agreeing offers the dispute');
    screens.push(await labelsIn(picker, () => [text(picker.shadowRoot!, '[part~="acknowledgement"] [part~="dispute-button"]')]));

    location.hash = '#t=link-label-flow';
    const flow = await fixture<Screen>(html`<settle-flow api=${TEST_API} token-from="fragment" locale="en"></settle-flow>`);
    await waitUntil(() => flow.shadowRoot?.querySelector('[part~="next-button"]'), 'the way on from the summary appears');
    flow.shadowRoot!.querySelector<HTMLButtonElement>('[part~="next-button"]')!.click();
    await waitUntil(() => flow.shadowRoot?.querySelector('settle-quiz') && flow.shadowRoot.querySelector('[part~="dispute-button"]'), 'the quiz step offers the dispute in the footer');
    screens.push(await labelsIn(flow, () => [text(flow.shadowRoot!, '[part~="help"] [part~="dispute-button"]')]));
    await speak(flow, 'en', 'empathetic');
    await answerDispute(flow.shadowRoot!.querySelector('settle-quiz') as Screen);
    await waitUntil(() => flow.shadowRoot?.querySelector('[part~="dispute-next-button"]'), 'the result leads on to the dispute');
    screens.push(await labelsIn(flow, () => [text(flow.shadowRoot!, '[part~="dispute-next-button"]')]));

    const labels = Object.fromEntries(COMBINATIONS.map(({ name }) => [name, [...new Set(screens.flatMap((screen) => screen[name] ?? []))]]));
    for (const { name } of COMBINATIONS) expect(labels[name], name).to.have.length(1);
    expect(labels['de empathetic']).to.deep.equal(['Der Forderung widersprechen']);
    expect(labels['de easy']).to.deep.equal(['Hier ist etwas falsch']);
    expect(labels['en empathetic']).to.deep.equal(['Dispute this claim']);
    expect(labels['en easy']).to.deep.equal(['Something is wrong']);
  });
});
