import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { germanClaim } from '../../../../../tests/fixtures/claims.js';
import { claimApi, TEST_API, useApi } from '../../../test/support/api-mock.js';
import { resetSettleState, shadowText } from '../../../test/support/element.js';
import { journeyApi, journeyCalls, testJourney, type JourneyApiOptions, type JourneyCalls } from '../../../test/support/journey-api.js';
import type { SettleQuiz } from './quiz.js';
import './define.js';
import '../contact/define.js';

type Attributes = { locale?: string; tone?: string };

async function quiz(attributes: Attributes = {}): Promise<SettleQuiz> {
  return fixture<SettleQuiz>(html`<settle-quiz api=${TEST_API} token="link-quiz" locale=${attributes.locale ?? 'en'} tone=${attributes.tone ?? 'empathetic'}></settle-quiz>`);
}

async function ready(options: JourneyApiOptions = {}, attributes: Attributes = {}): Promise<{ element: SettleQuiz; calls: JourneyCalls }> {
  const calls = journeyCalls();
  await useApi(...claimApi({ claim: germanClaim() }), ...journeyApi(options, calls));
  const element = await quiz(attributes);
  await waitUntil(() => element.shadowRoot?.querySelector('form[data-step]'), 'the first question renders');
  return { element, calls };
}

const $ = <T extends Element = HTMLElement>(element: Element, selector: string) => element.shadowRoot!.querySelector<T>(selector)!;

/** The part's layout offset once it is the same two frames in a row. */
async function stillTop(element: Element, selector: string): Promise<number> {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  let last = Number.NaN;
  for (;;) {
    await frame();
    const top = $(element, selector).offsetTop;
    if (top === last) return top;
    last = top;
  }
}
const liveText = (element: Element) => element.shadowRoot!.querySelector('[part="live-region"]')?.textContent ?? '';
const stepId = (element: SettleQuiz) => element.shadowRoot!.querySelector('form[data-step]')?.getAttribute('data-step');

async function choose(element: SettleQuiz, answer: string): Promise<void> {
  $<HTMLInputElement>(element, `input[value="${answer}"]`).click();
  await element.updateComplete;
}

async function next(element: SettleQuiz): Promise<void> {
  $<HTMLButtonElement>(element, '[part~="next-button"]').click();
  await element.updateComplete;
}

/** Answers each step in turn (undefined skips an optional one) and waits for the result. */
async function answerAll(element: SettleQuiz, answers: Array<string | undefined>): Promise<void> {
  for (const answer of answers) {
    if (answer) await choose(element, answer);
    await next(element);
  }
  await waitUntil(() => element.shadowRoot?.querySelector('[part~="result"]'), 'the result renders');
}

/** axe judges colours as they are: wait until a step's entrance (a fade) has finished. */
async function expectAccessible(element: SettleQuiz): Promise<void> {
  const entrances = element.shadowRoot!.getAnimations().filter((animation) => (animation as CSSAnimation).animationName === 'settle-quiz-enter');
  await Promise.all(entrances.map((animation) => animation.finished));
  await expect(element).to.be.accessible();
}

describe('<settle-quiz>', () => {
  beforeEach(resetSettleState);
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('shows a loading state, and it passes axe', async () => {
    await useApi(...claimApi({ claim: germanClaim(), delayMs: 'infinite' }));
    const element = await quiz();
    await waitUntil(() => shadowText(element, '[part~="loading"]') !== '', 'loading shows');
    await expectAccessible(element);
  });

  it('shows a friendly error with a retry that loads the quiz', async () => {
    await useApi(...claimApi({ claim: germanClaim() }), ...journeyApi({ journeyError: { code: 'internal', status: 503 } }));
    const element = await quiz();
    await waitUntil(() => element.shadowRoot?.querySelector('[part~="retry-button"]'), 'the error state renders');
    await expectAccessible(element);
    await useApi(...claimApi({ claim: germanClaim() }), ...journeyApi());
    $<HTMLButtonElement>(element, '[part~="retry-button"]').click();
    await waitUntil(() => element.shadowRoot?.querySelector('form[data-step]'), 'the quiz renders after retry');
  });

  it('shows each of at most three steps with a labelled progress bar, a decorative illustration and the creditor’s fact with source and date; every step passes axe', async () => {
    const { element } = await ready();
    // "Today" answers how much too: that question is left out, and the count says three.
    const questions = ['What happened?', 'When could you pay?', 'Is there anything we should know?'];
    const answers = ['forgot', 'today'];
    for (const [index, question] of questions.entries()) {
      expect(shadowText(element, '[part~="heading"]')).to.equal(question);
      const progress = $<HTMLProgressElement>(element, 'progress');
      expect([progress.value, progress.max]).to.deep.equal([index + 1, 3]);
      expect(progress.labels[0]?.textContent).to.equal(`Question ${index + 1} of 3`);
      // The cheer says what the bar shows: nothing in the first half, then the questions left.
      expect(shadowText(element, '.cheer'), `cheer on question ${index + 1}`).to.equal(['', '', 'Last question!'][index]);
      expect($(element, '[part~="illustration"] svg').getAttribute('aria-hidden')).to.equal('true');
      expect(shadowText(element, '[part~="fact"]')).to.equal('Did you know? 82% of our unpaid bills were simply forgotten. Source: Stadtwerke Beispielstadt, Forderungsstatistik, 30 June 2026');
      await expectAccessible(element);
      if (answers[index]) {
        await choose(element, answers[index]!);
        await next(element);
      }
    }
    expect(shadowText(element, '[part~="next-button"]')).to.equal('See my options');
    expect(shadowText(element, '.hint')).to.contain('You can skip this question.');
  });

  it('is operable by keyboard alone: arrows choose, Enter goes on, focus lands on the next question, the step is announced', async () => {
    const { element, calls } = await ready();
    $<HTMLElement>(element, '[part~="heading"]').focus();
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement?.getAttribute('value')).to.equal('forgot');
    expect(getComputedStyle(element.shadowRoot!.activeElement!.closest('label')!).outlineStyle).to.equal('solid');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => stepId(element) === 'when', 'the second question shows');
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement?.textContent).to.equal('When could you pay?');
    await waitUntil(() => liveText(element) === 'Question 2 of 3: When could you pay?', 'the step change is announced');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    // "Today" already says how much: the quiz goes on to the last, optional question.
    expect(stepId(element)).to.equal('circumstances');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement?.getAttribute('part')).to.equal('next-button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => element.shadowRoot?.querySelector('[part~="result"]'), 'the result renders');
    expect(calls.quizAnswers).to.deep.equal([
      {
        answers: [
          { step: 'what_happened', answer: 'forgot' },
          { step: 'when', answer: 'today' },
        ],
      },
    ]);
    await waitUntil(() => element.shadowRoot!.activeElement?.getAttribute('part') === 'heading', 'focus moves to the result heading');
  });

  it('asks for an answer before going on, and announces it', async () => {
    const { element } = await ready();
    await next(element);
    expect(stepId(element)).to.equal('what_happened');
    expect(shadowText(element, '#step-error')).to.equal('Please pick the answer that fits best.');
    await waitUntil(() => liveText(element) === 'Please pick the answer that fits best.', 'the error is announced');
    expect(element.shadowRoot!.activeElement?.getAttribute('value')).to.equal('forgot');
    await expectAccessible(element);
  });

  it('goes back to the previous step with its answer kept', async () => {
    const { element } = await ready();
    await choose(element, 'short_until_payday');
    await next(element);
    expect(stepId(element)).to.equal('when');
    $<HTMLButtonElement>(element, '[part~="back-button"]').click();
    await element.updateComplete;
    expect(stepId(element)).to.equal('what_happened');
    expect($<HTMLInputElement>(element, 'input[value="short_until_payday"]').checked).to.equal(true);
    await waitUntil(() => element.shadowRoot!.activeElement?.textContent === 'What happened?', 'focus moves to the question');
  });

  it('shows the segment and the ordered options from the server and fires settle-quiz-complete', async () => {
    const { element } = await ready();
    const fired = oneEvent(element, 'settle-quiz-complete');
    await answerAll(element, ['forgot', 'today', undefined]);
    const event = await fired;
    expect(event.detail.segment).to.equal('forgot');
    expect(event.detail.options).to.deep.equal(['pay_in_full', 'deferral']);
    await element.updateComplete;
    expect(shadowText(element, '[part~="heading"]')).to.equal('Done! Here’s what fits you');
    expect(shadowText(element, '[part~="segment"]')).to.contain('slipped through');
    expect(Array.from(element.shadowRoot!.querySelectorAll('[data-option]'), (item) => item.getAttribute('data-option'))).to.deep.equal(['pay_in_full', 'deferral']);
    expect(shadowText(element, '.option-label')).to.equal('Pay in full Recommended | Pay later');
    expect(element.shadowRoot!.querySelector('[part~="human-route"]')).to.equal(null);
    await waitUntil(() => liveText(element) === 'Your options are ready.', 'the result is announced');
    await expectAccessible(element);
  });

  it('switches the playful parts off at once when an answer signals hardship, and offers a person right away', async () => {
    const { element } = await ready();
    expect(element.shadowRoot!.querySelector('.sparkles')).not.to.equal(null);
    await choose(element, 'difficult_time');
    expect(element.shadowRoot!.querySelector('[part~="fact"]')).to.equal(null);
    expect(element.shadowRoot!.querySelector('.sparkles')).to.equal(null);
    expect($(element, '[part~="quiz"]').classList.contains('calm')).to.equal(true);
    const human = shadowText(element, '[part~="human-route"]');
    expect(human).to.contain('A person can help');
    expect(human).to.contain('+49 30 1234567');
    expect(human).to.contain('Consumer debt advice');
    await waitUntil(() => liveText(element).startsWith('You can talk to a person at any time.'), 'the offer is announced');
    await expectAccessible(element);
    await next(element);
    await choose(element, 'today');
    await next(element);
    expect(element.shadowRoot!.querySelector('.cheer')).to.equal(null);
    expect(element.shadowRoot!.querySelector('[part~="fact"]')).to.equal(null);
    expect(element.shadowRoot!.querySelector('[part~="human-route"]')).not.to.equal(null);
  });

  it('shows the hardship result with a person first and no playful copy', async () => {
    const { element } = await ready();
    const fired = oneEvent(element, 'settle-quiz-complete');
    await answerAll(element, ['difficult_time', 'not_sure', 'nothing_now']);
    const event = await fired;
    expect(event.detail.segment).to.equal('hardship');
    expect(event.detail.options[0]).to.equal('talk_to_person');
    expect(event.detail.outcome.playful).to.equal(false);
    await element.updateComplete;
    expect(shadowText(element, '[part~="result"] [part~="heading"]')).to.equal('Thank you. Here is how we can help');
    expect(element.shadowRoot!.querySelector('[part~="fact"]')).to.equal(null);
    expect(element.shadowRoot!.querySelector('.sparkles')).to.equal(null);
    expect(element.shadowRoot!.querySelector('[part~="human-route"]')).not.to.equal(null);
    await expectAccessible(element);
  });

  it('turns quiet when the optional step reveals a vulnerability', async () => {
    const { element } = await ready();
    await choose(element, 'forgot');
    await next(element);
    await choose(element, 'today');
    await next(element);
    expect(element.shadowRoot!.querySelector('[part~="fact"]')).not.to.equal(null);
    await choose(element, 'difficult_circumstances');
    expect(element.shadowRoot!.querySelector('[part~="fact"]')).to.equal(null);
    expect(element.shadowRoot!.querySelector('[part~="human-route"]')).not.to.equal(null);
  });

  it('offers a person when asked for one, without switching the playful parts off', async () => {
    const { element } = await ready();
    for (const answer of ['forgot', 'today']) {
      await choose(element, answer);
      await next(element);
    }
    await choose(element, 'talk_to_someone');
    expect(element.shadowRoot!.querySelector('[part~="human-route"]')).not.to.equal(null);
    expect(element.shadowRoot!.querySelector('[part~="fact"]')).not.to.equal(null);
    expect($(element, '[part~="quiz"]').classList.contains('playful')).to.equal(true);
    const fired = oneEvent(element, 'settle-quiz-complete');
    await next(element);
    const { detail } = await fired;
    expect(detail.options[0]).to.equal('talk_to_person');
    expect(detail.outcome.playful).to.equal(true);
  });

  it('asks the page for the contact form, and shows one inline when nobody answers', async () => {
    const { element } = await ready();
    await choose(element, 'difficult_time');
    const handled = (event: Event) => event.preventDefault();
    document.addEventListener('settle-contact-request', handled, { once: true });
    const first = oneEvent(element, 'settle-contact-request');
    $<HTMLButtonElement>(element, '[part~="contact-button"]').click();
    expect((await first).detail).to.deep.equal({ claimId: 'clm_de_1001', topic: 'hardship' });
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('settle-contact')).to.equal(null);
    $<HTMLButtonElement>(element, '[part~="contact-button"]').click();
    await waitUntil(() => element.shadowRoot!.querySelector('settle-contact')?.shadowRoot?.querySelector('form'), 'the inline contact form renders');
    const inline = element.shadowRoot!.querySelector('settle-contact')!;
    expect(inline.shadowRoot!.querySelector<HTMLInputElement>('input[name="hardship"]')!.checked).to.equal(true);
  });

  it('lets the debtor open the dispute form from the result', async () => {
    const { element } = await ready();
    await answerAll(element, ['not_right', undefined]);
    const fired = oneEvent(element, 'settle-dispute-request');
    $<HTMLButtonElement>(element, '[data-option="dispute"] button').click();
    expect((await fired).detail).to.deep.equal({ claimId: 'clm_de_1001' });
  });

  it('leaves the dispute and person buttons to the flow when optionButtons is off, so each shows once', async () => {
    const { element } = await ready();
    element.optionButtons = false;
    await answerAll(element, ['not_right', undefined]);
    expect(Array.from(element.shadowRoot!.querySelectorAll('[data-option]'), (item) => item.getAttribute('data-option'))).to.deep.equal(['dispute', 'talk_to_person']);
    expect(element.shadowRoot!.querySelectorAll('[part~="options"] button')).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('goes back from the result to change the answers', async () => {
    const { element } = await ready();
    await answerAll(element, ['forgot', 'today', undefined]);
    $<HTMLButtonElement>(element, '[part~="result"] [part~="back-button"]').click();
    await element.updateComplete;
    expect(stepId(element)).to.equal('circumstances');
  });

  it('shows a failed scoring next to the button and can send again', async () => {
    const { element } = await ready({ submitError: { code: 'internal', status: 500 } });
    for (const answer of ['forgot', 'today']) {
      await choose(element, answer);
      await next(element);
    }
    await next(element);
    await waitUntil(() => shadowText(element, '[role="alert"]') !== '', 'the error shows');
    expect(shadowText(element, '[role="alert"]')).to.contain('Something went wrong on our side');
    await expectAccessible(element);
    await useApi(...claimApi({ claim: germanClaim() }), ...journeyApi());
    await next(element);
    await waitUntil(() => element.shadowRoot?.querySelector('[part~="result"]'), 'the result renders after retry');
  });

  it('honours prefers-reduced-motion: no step animation', async () => {
    const { element } = await ready();
    expect(getComputedStyle($(element, '[part~="step"]')).animationName).to.equal('settle-quiz-enter');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle($(element, '[part~="step"]')).animationName).to.equal('none');
    expect(getComputedStyle($(element, '.sparkles')).animationName).to.equal('none');
  });

  it('confirms a chosen answer with a short animation and a kind line, without moving focus or anything below it', async () => {
    const { element } = await ready();
    const noted = $(element, '[part~="noted"]');
    expect(getComputedStyle(noted).visibility).to.equal('hidden');
    // Layout offsets, which transforms (the step's own entrance) leave alone, once the layout holds
    // still: on a busy machine, what the quiz renders after its first question can land later.
    const nextTop = await stillTop(element, '[part~="next-button"]');
    // By keyboard, as the first answer is chosen with Space.
    $<HTMLElement>(element, '[part~="heading"]').focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    const radio = $<HTMLInputElement>(element, 'input[value="forgot"]');
    expect(radio.checked).to.equal(true);
    const card = radio.closest('[part~="answer"]')!;
    const names = card.getAnimations().map((animation) => (animation as CSSAnimation).animationName);
    expect(names).to.include('settle-quiz-chosen');
    await waitUntil(() => getComputedStyle(noted).visibility === 'visible', 'the kind line shows');
    expect(noted.textContent).to.equal('Thank you, that helps.');
    expect(element.shadowRoot!.activeElement === radio, 'focus stays on the chosen answer').to.equal(true);
    expect($(element, '[part~="next-button"]').offsetTop).to.equal(nextTop);
  });

  it('confirms a chosen answer without motion under prefers-reduced-motion, the kind line still shown', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const { element } = await ready();
    await choose(element, 'forgot');
    const card = $(element, 'input[value="forgot"]').closest('[part~="answer"]')!;
    expect(getComputedStyle(card).animationName).to.equal('none');
    expect(card.getAnimations().map((animation) => (animation as CSSAnimation).animationName)).not.to.include('settle-quiz-chosen');
    await waitUntil(() => getComputedStyle($(element, '[part~="noted"]')).visibility === 'visible', 'the kind line shows');
  });

  it('reflows at 320 px with targets of at least 24 by 24 px', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const { element } = await ready();
      await choose(element, 'difficult_time');
      expect(element.scrollWidth).to.be.at.most(320);
      for (const target of element.shadowRoot!.querySelectorAll('input, button, a')) {
        const box = target.getBoundingClientRect();
        expect(box.width >= 24 && box.height >= 24, `${target.outerHTML.slice(0, 60)} is ${box.width}x${box.height}`).to.equal(true);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('renders markup in creditor facts and answers as text', async () => {
    const journey = testJourney({
      facts: [{ id: 'xss', text: { en: '<img src=x onerror="window.hacked=1">Most bills are forgotten' }, source: '<script>alert(1)</script>', date: '2026-01-31' }],
    });
    const { element } = await ready({ journey });
    expect(shadowText(element, '[part~="fact"]')).to.contain('<img src=x onerror="window.hacked=1">Most bills are forgotten');
    expect(shadowText(element, '[part~="fact"]')).to.contain('<script>alert(1)</script>');
    expect(element.shadowRoot!.querySelector('img, script')).to.equal(null);
  });

  it('refuses a journey whose fact links to javascript:, showing the error state instead', async () => {
    const bad = { ...testJourney(), facts: [{ ...testJourney().facts[0], sourceUrl: 'javascript:alert(1)' }] };
    await useApi(
      ...claimApi({ claim: germanClaim() }),
      http.get(`${TEST_API}/journey`, () => HttpResponse.json({ journey: bad })),
    );
    const element = await quiz();
    await waitUntil(() => element.shadowRoot?.querySelector('[part~="retry-button"]'), 'the error state renders');
    expect(element.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
  });

  it('speaks German', async () => {
    const { element } = await ready({}, { locale: 'de' });
    expect(shadowText(element, '[part~="heading"]')).to.equal('Was ist passiert?');
    expect($<HTMLProgressElement>(element, 'progress').labels[0]?.textContent).to.equal('Frage 1 von 3');
    expect(shadowText(element, '[part~="fact"]')).to.contain('Schon gewusst? 82 % der offenen Rechnungen bei uns wurden einfach vergessen. Quelle:');
    await answerAll(element, ['too_much_at_once', 'bit_by_bit', undefined]);
    expect(shadowText(element, '[part~="result"] [part~="heading"]')).to.equal('Geschafft! Das passt zu Ihnen');
    expect(shadowText(element, '.option-label')).to.equal('In Raten zahlen Empfohlen | Jetzt einen Teil zahlen');
    await expectAccessible(element);
  });

  it('has its result texts in every tone, in English and German', async () => {
    const expected: Record<string, [string, string]> = {
      empathetic: ['Done! Here’s what fits you', 'Geschafft! Das passt zu Ihnen'],
      neutral: ['Your options', 'Ihre Möglichkeiten'],
      formal: ['Your recommended options', 'Ihre empfohlenen Möglichkeiten'],
      easy: ['Done. These are your choices', 'Fertig. Das können Sie wählen'],
    };
    for (const [tone, [en, de]] of Object.entries(expected)) {
      for (const [locale, title] of [
        ['en', en],
        ['de', de],
      ] as const) {
        resetSettleState();
        const { element } = await ready({}, { locale, tone });
        await answerAll(element, ['forgot', 'today', undefined]);
        expect(shadowText(element, '[part~="result"] [part~="heading"]')).to.equal(title);
        expect(shadowText(element, '[part~="segment"]')).not.to.contain('quiz.');
      }
    }
  });
});

describe('<settle-quiz> adapts to the answers', () => {
  beforeEach(() => resetSettleState());

  it('asks no "when" after "settle it now", goes straight to the last question, and sends only what it asked', async () => {
    const { element, calls } = await ready();
    await choose(element, 'settle_now');
    expect($<HTMLProgressElement>(element, 'progress').max, 'the bar counts what is left to ask').to.equal(2);
    await next(element);
    expect(stepId(element)).to.equal('circumstances');
    expect($(element, 'label[for="progress-bar"]').textContent).to.equal('Question 2 of 2');
    await answerAll(element, [undefined]);
    expect(calls.quizAnswers).to.deep.equal([{ answers: [{ step: 'what_happened', answer: 'settle_now' }] }]);
  });

  it('asks how much only of a debtor unsure when, and then stops at three questions', async () => {
    const { element, calls } = await ready();
    for (const answer of ['too_much_at_once', 'not_sure']) {
      await choose(element, answer);
      await next(element);
    }
    expect(stepId(element)).to.equal('how_much');
    expect($(element, 'label[for="progress-bar"]').textContent).to.equal('Question 3 of 3');
    await answerAll(element, ['part']);
    expect(calls.quizAnswers[0]).to.deep.equal({
      answers: [
        { step: 'what_happened', answer: 'too_much_at_once' },
        { step: 'when', answer: 'not_sure' },
        { step: 'how_much', answer: 'part' },
      ],
    });
  });
});
