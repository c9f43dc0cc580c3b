import { DEFAULT_QUIZ, DEFAULT_RECOMMENDATIONS, scoreQuiz } from '@settle/protocol';
import type { Page } from 'playwright-core';
import type { Outcome } from '@settle/protocol';
import { germanClaim, usClaim } from '../../fixtures/claims.js';
import { OUTCOMES } from '../../fixtures/outcomes.js';
import { testJourney } from '../../fixtures/journey.js';
import { claimApi, shadowReady, type Scene } from '../scene.js';

/** The quiz, feedback, dispute and contact elements in their main states. */
const journey = testJourney();

function outcome(answers: Array<[string, string]>) {
  const scored = scoreQuiz(
    DEFAULT_QUIZ,
    answers.map(([step, answer]) => ({ step, answer })),
    { recommendations: DEFAULT_RECOMMENDATIONS, enabled: journey.options },
  );
  if (!scored.ok) throw new Error(scored.message);
  return { outcome: scored.value };
}

const receivedAt = '2026-11-23T10:00:00.000Z';
const human = { phone: '+49 30 1234567', email: 'hilfe@stadtwerke.example' };

function api(claim = germanClaim(), claimOutcome: Outcome = OUTCOMES.settled): Scene['api'] {
  return {
    ...claimApi(claim, claimOutcome),
    'GET /api/journey': { body: { journey } },
    'POST /api/quiz': {
      body: outcome([
        ['what_happened', 'forgot'],
        ['when', 'today'],
      ]),
    },
    'POST /api/contact-requests': { status: 202, body: { reference: 'CON-2002', receivedAt, support: human } },
    'POST /api/disputes': { status: 202, body: { reference: 'DSP-1001', receivedAt, collectionPaused: true, support: human } },
    'POST /api/feedback': { status: 202, body: { reference: 'FBK-3003', receivedAt } },
  };
}

/** Clicks inside an element's shadow root (Playwright's CSS engine pierces open shadow roots). */
async function click(page: Page, selector: string): Promise<void> {
  await page.locator(selector).first().click();
}

async function settle(page: Page, tag: string, selector: string): Promise<void> {
  await shadowReady(tag, selector)(page);
  await page.waitForTimeout(300);
}

const quiz = '<settle-quiz api="/api" token="link" locale="{{locale}}"></settle-quiz>';

/** Each outcome's screen, as a reopened link or the end of a journey shows it. */
const outcomeScenes: Scene[] = Object.values(OUTCOMES).map((claimOutcome) => ({
  name: `outcome-${claimOutcome.state}`,
  html: '<settle-feedback api="/api" token="link" locale="{{locale}}"></settle-feedback>',
  api: api(germanClaim(), claimOutcome),
  ready: (page) => settle(page, 'settle-feedback', '[part~="support"]'),
}));

export const selfServiceScenes: Scene[] = [
  ...outcomeScenes,
  { name: 'quiz-step', html: quiz, api: api(), ready: (page) => settle(page, 'settle-quiz', 'form[data-step]') },
  {
    name: 'quiz-hardship',
    html: quiz,
    api: api(),
    ready: async (page) => {
      await shadowReady('settle-quiz', 'form[data-step]')(page);
      await click(page, 'settle-quiz input[value="difficult_time"]');
      await settle(page, 'settle-quiz', '[part~="human-route"]');
    },
  },
  {
    name: 'quiz-result',
    html: quiz,
    api: api(),
    ready: async (page) => {
      await shadowReady('settle-quiz', 'form[data-step]')(page);
      for (const answer of ['forgot', 'today', undefined]) {
        if (answer) await click(page, `settle-quiz input[value="${answer}"]`);
        await click(page, 'settle-quiz [part~="next-button"]');
      }
      await settle(page, 'settle-quiz', '[part~="result"]');
    },
  },
  {
    name: 'feedback',
    html: '<settle-feedback api="/api" token="link" locale="{{locale}}"></settle-feedback>',
    api: api(),
    ready: async (page) => {
      await shadowReady('settle-feedback', 'form')(page);
      await click(page, 'settle-feedback input[name="score"][value="8"]');
      await settle(page, 'settle-feedback', 'form');
    },
  },
  {
    name: 'dispute-us',
    html: '<settle-dispute api="/api" token="link" locale="{{locale}}"></settle-dispute>',
    api: api(usClaim()),
    ready: async (page) => {
      await shadowReady('settle-dispute', 'form')(page);
      await click(page, 'settle-dispute input[value="other"]');
      await click(page, 'settle-dispute [part~="submit-button"]');
      await settle(page, 'settle-dispute', '#note-error');
    },
  },
  {
    name: 'dispute-done',
    html: '<settle-dispute api="/api" token="link" locale="{{locale}}"></settle-dispute>',
    api: api(usClaim()),
    ready: async (page) => {
      await shadowReady('settle-dispute', 'form')(page);
      await click(page, 'settle-dispute input[value="wrong_amount"]');
      await click(page, 'settle-dispute [part~="submit-button"]');
      await settle(page, 'settle-dispute', '[part~="confirmation"]');
    },
  },
  {
    name: 'contact-hardship',
    html: '<settle-contact api="/api" token="link" locale="{{locale}}" topic="hardship"></settle-contact>',
    api: api(),
    ready: async (page) => {
      await shadowReady('settle-contact', 'form')(page);
      await click(page, 'settle-contact input[value="callback"]');
      await click(page, 'settle-contact input[name="involvesHealth"]');
      await settle(page, 'settle-contact', 'input[name="healthConsent"]');
    },
  },
  {
    name: 'contact-done',
    html: '<settle-contact api="/api" token="link" locale="{{locale}}" reply-days="2"></settle-contact>',
    api: api(),
    ready: async (page) => {
      await shadowReady('settle-contact', 'form')(page);
      await click(page, 'settle-contact input[value="email"]');
      await click(page, 'settle-contact [part~="submit-button"]');
      await settle(page, 'settle-contact', '[part~="confirmation"]');
    },
  },
];
