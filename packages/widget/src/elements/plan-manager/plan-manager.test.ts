import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { Plan } from '@settle/protocol';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { germanClaim } from '../../../../../tests/fixtures/claims.js';
import { claimApi, TEST_API, useApi } from '../../../test/support/api-mock.js';
import { resetSettleState, shadowText } from '../../../test/support/element.js';
import type { SettleCheckoutRequestEvent } from '../../events/settle-checkout-request.js';
import type { SettlePlanChangeEvent } from '../../events/settle-plan-change.js';
import { agreedPlan, newCalls, planApi, signedOffers, type PlanApiCalls, type PlanApiState } from '../../../test/support/plan-api.mock.js';
import { byId, enter, focused, part, parts, tabTo } from '../../../test/support/plan-dom.mock.js';
import type { SettlePlanManager } from './plan-manager.js';
import './define.js';

/** The server's today: instalment 1 (1 Dec) is paid, 2 (1 Jan) missed, 3 (1 Feb) and 4 (1 Mar) due. */
const TODAY = '2027-01-15';

function fourInstalments(overrides: Partial<Plan> = {}): Plan {
  const offer = signedOffers(12837).find((signed) => signed.offer.terms.kind === 'instalments');
  if (!offer) throw new Error('no instalment offer');
  const plan = agreedPlan(offer, { kind: 'instalments', count: 4 }, { payments: [{ id: 'pay_1', amount: { amount: 3209, currency: 'EUR' }, paidOn: '2026-12-01' }] });
  return { ...plan, ...overrides };
}

async function manager(state: Partial<PlanApiState>, calls: PlanApiCalls = newCalls(), locale = 'de'): Promise<SettlePlanManager> {
  await useApi(...claimApi({ claim: germanClaim() }), ...planApi({ offers: [], today: TODAY, ...state }, calls));
  const element = await fixture<SettlePlanManager>(html`<settle-plan-manager api=${TEST_API} token="link-manage" locale=${locale}></settle-plan-manager>`);
  await waitUntil(() => element.plan.status === 'complete' && element.shadowRoot?.querySelector('[part~="base"]'), 'the plan loads and renders');
  await element.updateComplete;
  return element;
}

function statuses(element: SettlePlanManager): string[] {
  return parts(element, 'schedule-row').map((row) => row.querySelector('.status')?.textContent?.trim() ?? '');
}

describe('<settle-plan-manager>', () => {
  beforeEach(resetSettleState);

  it('shows each payment as paid, missed or open, and what comes next', async () => {
    const element = await manager({ plan: fourInstalments() });
    expect(statuses(element)).to.deep.equal(['Bezahlt', 'Verpasst', 'Offen', 'Offen']);
    expect(parts(element, 'schedule-row-missed')).to.have.length(1);
    expect(shadowText(element, '[part~="plan-state"]')).to.contain('Eine Zahlung ist nach ihrem Termin noch offen');
    expect(shadowText(element, '[part~="next-payment"]')).to.equal('32,09 € am 1. Januar 2027');
    expect(shadowText(element, '[part~="plan-summary"]')).to.contain('32,09 €').and.contain('96,28 €');
    await expect(element).to.be.accessible();
  });

  it('lists the changes left, each counted in words, and leaves out a change that is used up', async () => {
    const element = await manager({ plan: fourInstalments() });
    expect(shadowText(element, '[part~="allowances"] li')).to.equal(
      'Sie können noch 2-mal eine Zahlung um bis zu 14 Tage verschieben. | Sie können noch einmal eine Zahlung aussetzen. | Sie können bis zu 2 Monate Pause machen.',
    );
    const plan = fourInstalments();
    const usedUp = await manager({ plan: { ...plan, rules: { ...plan.rules, maxShiftDays: 1 }, used: { shifts: 1, skips: 1, pauseMonths: 1 } } }, newCalls(), 'en');
    expect(shadowText(usedUp, '[part~="allowances"] li')).to.equal('You can move a payment once more, by up to 1 day. | You can take a break of up to 1 month.');
  });

  it('fits the schedule with its long dates and status column into 360 px without scrolling sideways', async () => {
    await setViewport({ width: 360, height: 740 });
    try {
      const element = await manager({ plan: fourInstalments() });
      const scroller = element.shadowRoot!.querySelector<HTMLElement>('.table-scroll')!;
      expect(shadowText(element, '[part~="schedule-row"] .date')).to.contain('1. Dezember 2026');
      expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('shows autopay as on and switches it off with POST /plan/autopay/revoke, in German and English', async () => {
    const calls = newCalls();
    const element = await manager({ plan: fourInstalments(), autopay: true }, calls);
    expect(shadowText(element, '[part~="autopay"]')).to.contain('An: Jede Rate wird an ihrem Fälligkeitstag abgebucht.');
    await expect(element).to.be.accessible();
    part(element, 'autopay-off-button').click();
    await waitUntil(() => element.shadowRoot!.querySelector('[part~="autopay"][data-autopay="off"]'), 'autopay shows as off');
    expect(calls.autopayRevokes).to.equal(1);
    expect(shadowText(element, '[part~="autopay"]')).to.equal('Aus: Sie zahlen jede Rate selbst.');
    expect(element.shadowRoot!.querySelector('[part~="autopay-off-button"]')).to.equal(null);
    resetSettleState();
    const english = await manager({ plan: fourInstalments(), autopay: true }, newCalls(), 'en');
    expect(shadowText(english, '[part~="autopay-off-button"]')).to.equal('Switch autopay off');
  });

  it('says nothing about autopay when the server does not say', async () => {
    const element = await manager({ plan: fourInstalments() });
    expect(element.shadowRoot!.querySelector('[part~="autopay"]')).to.equal(null);
  });

  it('says so plainly when no plan is agreed yet', async () => {
    const element = await manager({});
    expect(shadowText(element, '[part~="heading"]')).to.equal('Noch kein Plan vereinbart');
    await expect(element).to.be.accessible();
  });

  it('shows a friendly error with a retry', async () => {
    await useApi(...claimApi({ claim: germanClaim(), sessionError: { code: 'internal', status: 500 } }));
    const element = await fixture<SettlePlanManager>(html`<settle-plan-manager api=${TEST_API} token="link-broken" locale="en"></settle-plan-manager>`);
    await waitUntil(() => element.shadowRoot?.querySelector('[part~="error"]'), 'the error shows');
    expect(shadowText(element, '[part~="error"]')).to.contain('Try again');
    await expect(element).to.be.accessible();
    await useApi(...claimApi({ claim: germanClaim() }), ...planApi({ offers: [], today: TODAY, plan: fourInstalments() }));
    part(element, 'retry-button').click();
    await waitUntil(() => element.plan.status === 'complete', 'the retry loads the plan');
    await element.updateComplete;
    expect(parts(element, 'schedule-row')).to.have.length(4);
  });

  it('moves one payment within the policy and shows the new schedule', async () => {
    const calls = newCalls();
    const element = await manager({ plan: fourInstalments() }, calls);
    part(element, 'shift-button').click();
    await element.updateComplete;
    await enter(element, byId<HTMLSelectElement>(element, 'change-instalment'), '3');
    const date = byId(element, 'change-date');
    expect([date.min, date.max]).to.deep.equal(['2027-01-18', '2027-02-15']);
    await enter(element, date, '2027-02-10');
    const changed = oneEvent(element, 'settle-plan-change') as Promise<SettlePlanChangeEvent>;
    part(element, 'confirm-change-button').click();
    const event = await changed;
    await element.updateComplete;
    expect(calls.changes.map((call) => call.body)).to.deep.equal([{ change: { kind: 'shift', instalment: 3, date: '2027-02-10' } }]);
    expect(event.detail.plan.schedule.instalments[2]?.dueDate).to.equal('2027-02-10');
    expect(shadowText(element, '[part~="schedule-row"]')).to.contain('10. Februar 2027');
    expect(element.shadowRoot?.querySelector('[part~="change-form"]')).to.equal(null);
    expect(focused(element)?.id).to.equal('plan-heading');
    await expect(element).to.be.accessible();
  });

  it('refuses a date outside the policy with its reason, without asking the server', async () => {
    const calls = newCalls();
    const element = await manager({ plan: fourInstalments() }, calls);
    part(element, 'shift-button').click();
    await element.updateComplete;
    await enter(element, byId<HTMLSelectElement>(element, 'change-instalment'), '3');
    await enter(element, byId(element, 'change-date'), '2027-02-20');
    part(element, 'confirm-change-button').click();
    await element.updateComplete;
    expect(calls.changes).to.have.length(0);
    expect(shadowText(element, '[part~="change-problem"]')).to.contain('höchstens 14 Tage');
    expect(byId(element, 'change-date').getAttribute('aria-invalid')).to.equal('true');
    await expect(element).to.be.accessible();
  });

  it('shows the server refusing a change plainly', async () => {
    const calls = newCalls();
    const element = await manager({ plan: fourInstalments(), changeError: { code: 'plan_change_invalid', status: 422 } }, calls);
    part(element, 'pause-button').click();
    await element.updateComplete;
    part(element, 'confirm-change-button').click();
    await waitUntil(() => !element.shadowRoot?.querySelector('[part~="change-problem"]')?.hasAttribute('hidden'), 'the refusal shows');
    expect(calls.changes).to.have.length(1);
    expect(shadowText(element, '[part~="change-problem"]')).to.equal('Diese Änderung ist nach den Regeln Ihres Plans nicht möglich. Bitte wählen Sie etwas anderes oder sprechen Sie mit uns.');
    await expect(element).to.be.accessible();
  });

  it('pauses within the policy and refuses more months than are left', async () => {
    const calls = newCalls();
    const element = await manager({ plan: fourInstalments() }, calls, 'en');
    part(element, 'pause-button').click();
    await element.updateComplete;
    const months = byId(element, 'change-months');
    expect(months.max).to.equal('2');
    await enter(element, months, '3');
    part(element, 'confirm-change-button').click();
    await element.updateComplete;
    expect(calls.changes).to.have.length(0);
    expect(shadowText(element, '[part~="change-problem"]')).to.contain('fewer months');
    await enter(element, months, '1');
    part(element, 'confirm-change-button').click();
    await waitUntil(() => calls.changes.length === 1 && !element.shadowRoot?.querySelector('[part~="change-form"]'), 'the pause is saved');
    await element.updateComplete;
    expect(parts(element, 'schedule-row').map((row) => row.querySelector('td')?.textContent)).to.deep.equal(['1 December 2026', '1 February 2027', '1 March 2027', '1 April 2027']);
  });

  it('offers no change whose allowance is used up', async () => {
    const element = await manager({ plan: fourInstalments({ used: { shifts: 2, skips: 1, pauseMonths: 2 } }) });
    expect(parts(element, 'shift-button')).to.have.length(0);
    expect(parts(element, 'skip-button')).to.have.length(0);
    expect(parts(element, 'pause-button')).to.have.length(0);
    expect(part(element, 'method-button')).to.exist;
  });

  it('skips a payment to the end of the plan', async () => {
    const calls = newCalls();
    const element = await manager({ plan: fourInstalments() }, calls);
    part(element, 'skip-button').click();
    await element.updateComplete;
    part(element, 'confirm-change-button').click();
    await waitUntil(() => calls.changes.length === 1 && !element.shadowRoot?.querySelector('[part~="change-form"]'), 'the skip is saved');
    expect(calls.changes[0]?.body).to.deep.equal({ change: { kind: 'skip', instalment: 2 } });
  });

  it('hands the next payment and a new payment method to the checkout', async () => {
    const element = await manager({ plan: fourInstalments() });
    const pay = oneEvent(element, 'settle-checkout-request') as Promise<SettleCheckoutRequestEvent>;
    part(element, 'pay-button').click();
    expect((await pay).detail).to.deep.include({ option: 'instalment', instalment: 2, planId: 'pln_test_0001', amount: { amount: 3209, currency: 'EUR' } });
    const method = oneEvent(element, 'settle-payment-method-change');
    part(element, 'method-button').click();
    expect((await method).detail).to.deep.equal({ claimId: 'clm_de_1001', planId: 'pln_test_0001' });
  });

  it('thanks the debtor when everything is paid and offers no changes', async () => {
    const element = await manager({ plan: fourInstalments({ payments: [{ id: 'pay_all', amount: { amount: 12837, currency: 'EUR' }, paidOn: '2027-01-10' }] }) }, newCalls(), 'en');
    expect(shadowText(element, '[part~="plan-state"]')).to.equal('All paid – thank you! This plan is complete.');
    expect(statuses(element)).to.deep.equal(['Paid', 'Paid', 'Paid', 'Paid']);
    expect(element.shadowRoot?.querySelector('[part~="changes"]')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('speaks every tone in German and English without a missing text', async () => {
    const headings = new Set<string>();
    for (const locale of ['de', 'en']) {
      for (const tone of ['empathetic', 'neutral', 'formal', 'easy']) {
        resetSettleState();
        await useApi(...claimApi({ claim: germanClaim() }), ...planApi({ offers: [], today: TODAY, plan: fourInstalments() }));
        const element = await fixture<SettlePlanManager>(html`<settle-plan-manager api=${TEST_API} token="link-tone" locale=${locale} tone=${tone}></settle-plan-manager>`);
        await waitUntil(() => element.shadowRoot?.querySelector('[part~="schedule-table"]'), `${locale} ${tone} renders`);
        part(element, 'pause-button').click();
        await element.updateComplete;
        const text = element.shadowRoot?.textContent ?? '';
        expect(text, `${locale} ${tone}`).not.to.match(/plan(Manager|Picker)\./);
        headings.add(`${shadowText(element, '[part~="heading"]')} / ${shadowText(element, '[part~="plan-state"]')}`);
      }
    }
    expect(headings.size).to.equal(8);
  });

  it('moves a payment with the keyboard alone', async () => {
    const calls = newCalls();
    const element = await manager({ plan: fourInstalments() }, calls, 'en');
    await tabTo(element, (node) => node.getAttribute('part')?.includes('shift-button') ?? false);
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(focused(element)?.id).to.equal('change-heading');
    await tabTo(element, (node) => node.getAttribute('part') === 'confirm-change-button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => calls.changes.length === 1, 'the change is sent');
    expect(calls.changes[0]?.body).to.deep.equal({ change: { kind: 'shift', instalment: 2, date: '2027-01-15' } });
    await waitUntil(() => focused(element)?.id === 'plan-heading', 'focus returns to the plan');
  });
});
