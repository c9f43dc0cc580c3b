import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { Outcome, OutcomeState } from '@settle/protocol';
import { germanClaim } from '../../../../../tests/fixtures/claims.js';
import { outcomeOf, OUTCOMES } from '../../../../../tests/fixtures/outcomes.js';
import { claimApi, TEST_API, useApi } from '../../../test/support/api-mock.js';
import { collapse, resetSettleState } from '../../../test/support/element.js';
import { journeyApi } from '../../../test/support/journey-api.js';
import { TONES } from '../../i18n/tones.js';
import type { SettleFeedback } from './feedback.js';
import './define.js';

async function outcomeScreen(outcome: Outcome, locale = 'en', tone = 'empathetic'): Promise<SettleFeedback> {
  resetSettleState();
  await useApi(...claimApi({ claim: germanClaim(), outcome }), ...journeyApi());
  const element = await fixture<SettleFeedback>(html`<settle-feedback api=${TEST_API} token="link-outcome" locale=${locale} tone=${tone}></settle-feedback>`);
  await waitUntil(() => element.shadowRoot?.querySelector(`[part~="outcome"][data-outcome="${outcome.state}"]`), `the ${outcome.state} screen renders`);
  return element;
}

/** Everything the debtor reads in the outcome section (not the survey or the support channels). */
// biome-ignore lint/performance/useDomNodeTextContent: the test reads the text as rendered, without hidden parts
const outcomeText = (element: SettleFeedback) => collapse(element.shadowRoot!.querySelector<HTMLElement>('[part~="outcome"]')!.innerText);

/** What each screen must say, in English and German: the state's own facts, with the claim's dates and amounts. */
const SAYS: Record<OutcomeState, { en: string[]; de: string[] }> = {
  settled: {
    en: ['Thank you, that’s all settled!', 'Your receipt', 'Paid to Fair Inkasso GmbH', 'Amount €128.37', 'Received on 23 November 2026', 'Reference STL-7781'],
    de: ['Vielen Dank, alles erledigt!', 'Ihre Quittung', 'Empfänger Fair Inkasso GmbH', 'Betrag 128,37 €', 'Eingegangen am 23. November 2026', 'Referenz STL-7781'],
  },
  paid_in_full: {
    en: ['Your payment was received', 'We received €128.37 on 23 November 2026.', 'will book the payment shortly', 'Your payment confirmation', 'Paid with test wallet (sandbox)'],
    de: ['Ihre Zahlung ist eingegangen', 'Am 23. November 2026 sind 128,37 € bei uns eingegangen.', 'verbucht die Zahlung in Kürze', 'Ihre Zahlungsbestätigung'],
  },
  partially_paid: {
    en: ['You have paid €100.00. €28.37 is still open.', 'Pay or plan the rest', 'Amount €100.00'],
    de: ['Sie haben 100,00 € bezahlt. Offen sind noch 28,37 €.', 'Rest bezahlen oder aufteilen', 'Betrag 100,00 €'],
  },
  plan_active: {
    en: ['Your payment plan is in place', 'Your next payment: €42.79 on 7 January 2027.', 'Paid so far €42.79', 'Still to pay €85.58', 'collect your next instalments automatically', 'See my plan'],
    de: ['Ihr Ratenplan steht', '42,79 € am 7. Januar 2027', 'automatisch', 'Meinen Plan ansehen'],
  },
  deferred: {
    en: ['Please pay €128.37 by 21 December 2026.', 'Nothing is due before then.'],
    de: ['Bitte zahlen Sie 128,37 € bis zum 21. Dezember 2026.', 'Vorher ist nichts fällig.'],
  },
  promised: {
    en: ['You promised to pay €128.37 by 14 December 2026. Nothing has been paid yet.'],
    de: ['Sie haben zugesagt, 128,37 € bis zum 14. Dezember 2026 zu zahlen. Bezahlt ist noch nichts.'],
  },
  paused: {
    en: ['Your payments are paused until 28 February 2027.', '€42.79 on 7 March 2027', 'See my plan'],
    de: ['Ihre Raten pausieren bis zum 28. Februar 2027.', '42,79 € am 7. März 2027'],
  },
  overdue: {
    en: ['Your payment date has passed', 'You wanted to pay by 30 November 2026, and we have not received the payment. €128.37 is open now.', 'See my options'],
    de: [
      'Ihr Zahlungstermin ist verstrichen',
      'Sie wollten bis zum 30. November 2026 zahlen, und Ihre Zahlung ist nicht bei uns eingegangen. Offen sind jetzt 128,37 €.',
      'Meine Möglichkeiten ansehen',
    ],
  },
  creditor_plan: {
    en: ['You have a payment plan with Stadtwerke Beispielstadt GmbH', '€128.37 is still open.', 'Your next payment: €30.00 on 15 December 2026.', 'please contact Stadtwerke Beispielstadt GmbH'],
    de: ['Sie haben einen Zahlungsplan mit Stadtwerke Beispielstadt GmbH', 'Offen sind noch 128,37 €.', 'Ihre nächste Zahlung: 30,00 € am 15. Dezember 2026.'],
  },
  disputed: {
    en: ['on hold since 20 November 2026 while Stadtwerke Beispielstadt GmbH checks the claim', 'we will not ask you to pay', 'DSP-1001'],
    de: ['Seit dem 20. November 2026 ruht die Forderung', 'verlangen wir keine Zahlung von Ihnen', 'DSP-1001'],
  },
  contact_requested: {
    en: ['Thank you for telling us about your situation.', '€128.37 is still open.', 'CTR-2002'],
    de: ['Danke, dass Sie uns von Ihrer Lage erzählt haben.', 'Offen sind noch 128,37 €.', 'CTR-2002'],
  },
  open: {
    en: ['Still open: €128.37', 'See my options'],
    de: ['Noch offen: 128,37 €', 'Meine Möglichkeiten ansehen'],
  },
};

/** Words that claim the matter is closed, or a receipt for it: only the settled screen may use them. */
const SETTLED_WORDS = /settled|erledigt|receipt|quittung|beglichen/i;
const STATES = Object.keys(OUTCOMES) as OutcomeState[];

describe('<settle-feedback> outcome screens', () => {
  beforeEach(resetSettleState);

  for (const state of STATES) {
    it(`${state}: says what happened and what happens next, with its dates and amounts, in English and German, and passes axe`, async () => {
      for (const locale of ['en', 'de'] as const) {
        const element = await outcomeScreen(OUTCOMES[state], locale);
        const text = outcomeText(element);
        for (const phrase of SAYS[state][locale]) expect(text, `${locale}`).to.contain(phrase);
        if (state !== 'settled') expect(text, `${locale}: no "settled" before the ledger says so`).not.to.match(SETTLED_WORDS);
        await expect(element).to.be.accessible();
      }
    });
  }

  it('has a text for every outcome in every tone, in English and German, none of them a missing key', async () => {
    for (const tone of TONES) {
      for (const locale of ['en', 'de']) {
        for (const state of STATES) {
          const text = outcomeText(await outcomeScreen(OUTCOMES[state], locale, tone));
          expect(text, `${state}, ${locale}, ${tone}`).not.to.match(/\b(outcome|checkout|planPicker|dispute|contact)\.[\w.]+|\{\{/);
          if (state !== 'settled') expect(text, `${state}, ${locale}, ${tone}`).not.to.match(SETTLED_WORDS);
        }
      }
    }
  });

  it('paid in full (Settle saw the money, the ledger has not booked it) never says settled, in any tone', async () => {
    for (const tone of TONES) {
      for (const locale of ['en', 'de']) {
        const element = await outcomeScreen(OUTCOMES.paid_in_full, locale, tone);
        expect(collapse(element.shadowRoot!.textContent ?? ''), `${locale}, ${tone}`).not.to.match(/settled|erledigt|quittung|beglichen/i);
        expect(element.shadowRoot!.querySelector('[part~="receipt"]'), 'the payment’s confirmation is there').not.to.equal(null);
      }
    }
  });

  it('offers the survey only while the claim has no feedback', async () => {
    const open = await outcomeScreen(OUTCOMES.settled);
    await waitUntil(() => open.shadowRoot!.querySelector('[part~="survey"] form'), 'the survey shows');
    const answered = await outcomeScreen(outcomeOf('settled', { feedbackGiven: true }));
    await waitUntil(() => answered.shadowRoot!.querySelector('[part~="support"]'), 'the support channels render');
    expect(answered.shadowRoot!.querySelector('[part~="survey"]')).to.equal(null);
    await expect(answered).to.be.accessible();
  });

  it('disputed: no payment prompt anywhere on the screen, in any tone', async () => {
    for (const tone of TONES) {
      for (const locale of ['en', 'de']) {
        const element = await outcomeScreen(OUTCOMES.disputed, locale, tone);
        // biome-ignore lint/performance/useDomNodeTextContent: the test reads the text as rendered, without hidden parts
        const actions = Array.from(element.shadowRoot!.querySelectorAll<HTMLElement>('button, a'), (action) => collapse(action.innerText));
        expect(
          actions.filter((label) => /pay|zahl|option|möglichkeit|plan/i.test(label)),
          `${locale}, ${tone}`,
        ).to.deep.equal([]);
        expect(element.shadowRoot!.querySelector('[part~="outcome-action"], [part~="receipt"]')).to.equal(null);
        expect(outcomeText(element), `${locale}, ${tone}`).not.to.match(/bitte zahlen|please pay|pay by|zahlen sie bis/i);
      }
    }
  });

  it('asks to pay or plan the rest when partly paid, and to see the plan when one is agreed or paused', async () => {
    for (const [state, to] of [
      ['partially_paid', 'options'],
      ['open', 'options'],
      ['plan_active', 'plan'],
      ['paused', 'plan'],
      ['overdue', 'options'],
    ] as const) {
      const element = await outcomeScreen(OUTCOMES[state]);
      const requested = oneEvent(element, 'settle-options-request');
      element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="outcome-action"]')!.click();
      expect((await requested).detail, state).to.deep.equal({ claimId: germanClaim().id, to });
    }
    for (const state of ['settled', 'paid_in_full', 'deferred', 'promised', 'contact_requested', 'creditor_plan'] as const) {
      expect((await outcomeScreen(OUTCOMES[state])).shadowRoot!.querySelector('[part~="outcome-action"]'), state).to.equal(null);
    }
  });

  it('names a plan without anything left to pay, and a plan without autopay, as they are', async () => {
    const allPaid = outcomeText(await outcomeScreen(outcomeOf('plan_active', { nextDue: undefined, openTotal: { amount: 0, currency: 'EUR' } }), 'de'));
    expect(allPaid).to.contain('Alle Raten sind bezahlt. Stadtwerke Beispielstadt GmbH verbucht die letzte Zahlung in Kürze.');
    const manual = outcomeText(await outcomeScreen(outcomeOf('plan_active', { autopay: false })));
    expect(manual).to.contain('Please pay each instalment by its date.');
    expect(manual).not.to.contain('automatically');
  });

  it('a plan the creditor agreed outside Settle: says so without a next payment it does not know, and offers nothing to pay or plan', async () => {
    for (const locale of ['en', 'de'] as const) {
      const element = await outcomeScreen(outcomeOf('creditor_plan', { nextDue: undefined }), locale);
      const text = outcomeText(element);
      expect(text).to.contain(locale === 'en' ? 'Please pay as agreed with Stadtwerke Beispielstadt GmbH.' : 'Bitte zahlen Sie wie mit Stadtwerke Beispielstadt GmbH vereinbart.');
      expect(text).not.to.match(/next payment|nächste Zahlung|instalments|Raten wählen/);
      expect(element.shadowRoot!.querySelector('[part~="outcome-action"]')).to.equal(null);
    }
  });

  it('says a refunded overpayment went back, next to the settled state, in every tone', async () => {
    for (const tone of TONES) {
      for (const locale of ['en', 'de'] as const) {
        const element = await outcomeScreen(outcomeOf('settled', { refunded: { amount: 12837, currency: 'EUR' } }), locale, tone);
        const refund = collapse(element.shadowRoot!.querySelector('[part~="outcome-refund"]')?.textContent ?? '');
        expect(refund, `${locale}, ${tone}`).to.contain(locale === 'en' ? '€128.37' : '128,37 €');
        expect(refund, `${locale}, ${tone}`).to.match(locale === 'en' ? /back|refunded/ : /zurück|erstattet/);
      }
    }
    expect((await outcomeScreen(OUTCOMES.settled)).shadowRoot!.querySelector('[part~="outcome-refund"]'), 'no refund, no sentence').to.equal(null);
  });

  it('refuses an outcome that breaks the contract, with a retry instead of a guess', async () => {
    resetSettleState();
    await useApi(...claimApi({ claim: germanClaim(), outcome: { state: 'deferred', openTotal: { amount: 1, currency: 'EUR' }, receipts: [], feedbackGiven: false } as never }), ...journeyApi());
    const element = await fixture<SettleFeedback>(html`<settle-feedback api=${TEST_API} token="link-outcome" locale="en"></settle-feedback>`);
    await waitUntil(() => element.shadowRoot?.querySelector('[part~="retry-button"]'), 'the error state renders');
    expect(element.shadowRoot!.querySelector('[part~="outcome"]')).to.equal(null);
  });
});
