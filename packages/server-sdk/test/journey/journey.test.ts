import { describe, expect, it } from 'vitest';
import { DEFAULT_QUIZ, JourneyResponse } from '@settle/protocol';
import { createSettle, type SettleOptions } from '../../src/index.js';
import { AUDIENCE, ISSUER, SECRET, sessionFor } from '../support.js';
import { authed, planSettle } from '../plans/plan-settle.js';

const base: SettleOptions = { keys: [{ kid: 'k1', alg: 'HS256', secret: SECRET }], issuer: ISSUER, audience: AUDIENCE, backend: { getClaim: async () => null } };

async function journeyOf(overrides: Partial<SettleOptions> = {}) {
  const { settle } = await planSettle(overrides);
  const token = await sessionFor(settle, 'clm_de_1001');
  const response = await settle.handle(authed('/journey', token));
  expect(response.status).toBe(200);
  return JourneyResponse.parse(await response.json()).journey;
}

describe('GET /journey', () => {
  it('answers the default journey: the seeds’ quiz in German and English, empathetic tone, no invented facts', async () => {
    const journey = await journeyOf();
    expect(journey.quiz).toEqual(DEFAULT_QUIZ);
    expect(journey.quiz.steps[0]?.question).toEqual({ de: 'Was ist passiert?', en: 'What happened?' });
    expect(journey).toMatchObject({ tone: 'empathetic', facts: [], theme: {}, texts: {}, csat: { min: 1, max: 5 } });
    expect(journey.options).toEqual(['pay_in_full', 'deferral', 'instalments', 'partial_payment', 'promise_to_pay', 'dispute', 'talk_to_person']);
  });

  it('answers the creditor’s theme, texts, tone, support, facts and CSAT scale', async () => {
    const journey = await journeyOf({
      journey: {
        theme: { brandName: 'Stadtwerke', colors: { primary: '#0a5c36' }, radius: '8px', fontFamily: 'Inter, sans-serif', logoUrl: 'https://stadtwerke.example/logo.svg' },
        texts: { de: { 'contact.title': 'Ihre offene Rechnung' } },
        tone: 'formal',
        support: {
          phone: '+49 30 1234567',
          chatUrl: 'https://stadtwerke.example/chat',
          openingHours: { de: 'Mo-Fr 8-18 Uhr', en: 'Mon-Fri 8am-6pm' },
          debtAdvice: [{ name: { de: 'Schuldnerberatung' }, url: 'https://beratung.example' }],
        },
        facts: [{ id: 'forgot', text: { de: '8 von 10 offenen Rechnungen werden einfach vergessen.' }, source: 'Stadtwerke Forderungsbericht', date: '2026-06-30' }],
        csat: { min: 1, max: 9 },
      },
    });
    expect(journey).toMatchObject({ tone: 'formal', csat: { min: 1, max: 9 }, theme: { logoUrl: 'https://stadtwerke.example/logo.svg' }, texts: { de: { 'contact.title': 'Ihre offene Rechnung' } } });
    expect(journey.facts[0]).toMatchObject({ source: 'Stadtwerke Forderungsbericht', date: '2026-06-30' });
    expect(journey.options).toContain('debt_advice');
  });

  it('shows the top-level support channels in the journey too', async () => {
    const journey = await journeyOf({ support: { phone: '+49 30 999', email: 'hilfe@stadtwerke.example' } });
    expect(journey.support).toEqual({ phone: '+49 30 999', email: 'hilfe@stadtwerke.example' });
  });

  it('lists only the offers the claim’s balance allows, under a per-claim policy too', async () => {
    const journey = await journeyOf({ policy: { enabledOptions: ['pay_in_full', 'instalments'], minimumInstalment: 10_000 } });
    expect(journey.options).toEqual(['pay_in_full', 'dispute', 'talk_to_person']);
    const perClaim = await journeyOf({ policy: (claim) => ({ enabledOptions: claim.currency === 'EUR' ? ['pay_in_full', 'instalments'] : ['pay_in_full'] }) });
    expect(perClaim.options).toEqual(['pay_in_full', 'instalments', 'dispute', 'talk_to_person']);
  });

  it('needs a session', async () => {
    const { settle } = await planSettle();
    expect((await settle.handle(new Request('https://pay.acme.example/settle/journey'))).status).toBe(401);
  });
});

describe('createSettle validates the journey and policy', () => {
  it('refuses javascript: and http: URLs, naming the field', async () => {
    await expect(createSettle({ ...base, journey: { theme: { logoUrl: 'javascript:alert(1)' } } })).rejects.toThrow(/journey\.theme\.logoUrl: must be an https:\/\/ URL/);
    await expect(createSettle({ ...base, journey: { support: { chatUrl: 'http://chat.example' } } })).rejects.toThrow(/support\.chatUrl: must be an https:\/\/ URL/);
    await expect(createSettle({ ...base, journey: { facts: [{ id: 'x', text: { en: 'x' }, source: 's', date: '2026-01-01', sourceUrl: 'data:text/html,x' }] } })).rejects.toThrow(
      /journey\.facts\.0\.sourceUrl/,
    );
  });

  it('refuses CSS that could escape its property, a quiz of the wrong length, and a CSAT scale running backwards', async () => {
    await expect(createSettle({ ...base, journey: { theme: { colors: { primary: 'red;}body{display:none' } } } })).rejects.toThrow(/journey\.theme\.colors\.primary/);
    await expect(createSettle({ ...base, journey: { quiz: { id: 'short', steps: [] } } })).rejects.toThrow(/journey\.quiz\.steps/);
    await expect(createSettle({ ...base, journey: { csat: { min: 1, max: 0 } } })).rejects.toThrow(/journey\.csat/);
  });

  it('refuses an invalid policy, naming the field', async () => {
    await expect(createSettle({ ...base, policy: { maxInstalments: 100 } })).rejects.toThrow(/policy\.maxInstalments/);
    await expect(createSettle({ ...base, policy: { frequencies: ['daily' as 'weekly'] } })).rejects.toThrow(/policy\.frequencies/);
  });
});
