import { expect } from '@open-wc/testing';
import { money, PlanResponse, trackPlan, type Plan } from '@settle/protocol';
import { agreedPlan, signedOffers, TODAY } from '../../../test/support/plan-api.mock.js';
import { edited, expectAccepted, expectRefused } from '../../../test/support/contract.mock.js';
import { planCheck } from './plan.js';

const instalmentOffer = signedOffers(60_000).find((signed) => signed.offer.terms.kind === 'instalments');
if (!instalmentOffer) throw new Error('fixture: no instalment offer');
const plan: Plan = agreedPlan(instalmentOffer, { kind: 'instalments', count: 3 }, { payments: [{ id: 'pay_1', amount: money(20_000, 'EUR'), paidOn: TODAY }] });
const answer = { plan, progress: trackPlan(plan.schedule, plan.payments, '2027-02-15') };

describe('planCheck (POST /plans, GET /plan, POST /plan/changes)', () => {
  it('passes an agreed plan and its progress as they are', async () => {
    expect(answer.progress.nextDue, 'the fixture has an instalment due').to.not.equal(undefined);
    await expectAccepted(planCheck, PlanResponse, answer);
  });

  it('refuses an answer missing the plan, its progress or its schedule', async () => {
    await expectRefused(planCheck, PlanResponse, edited(answer, ['progress']));
    await expectRefused(planCheck, PlanResponse, edited(answer, ['plan', 'schedule']));
    await expectRefused(planCheck, PlanResponse, edited(answer, ['plan', 'schedule', 'instalments'], []));
  });

  it('refuses change rules, allowances or kinds of the wrong type', async () => {
    await expectRefused(planCheck, PlanResponse, edited(answer, ['plan', 'rules', 'maxShifts'], '2'));
    await expectRefused(planCheck, PlanResponse, edited(answer, ['plan', 'used', 'skips']));
    await expectRefused(planCheck, PlanResponse, edited(answer, ['plan', 'kind'], 'lottery'));
    await expectRefused(planCheck, PlanResponse, edited(answer, ['plan', 'payments'], null));
  });

  it('refuses instalments and progress the manager could not show', async () => {
    await expectRefused(planCheck, PlanResponse, edited(answer, ['plan', 'schedule', 'instalments', 0, 'dueDate'], '1 March'));
    await expectRefused(planCheck, PlanResponse, edited(answer, ['progress', 'instalments', 1, 'paid']));
    await expectRefused(planCheck, PlanResponse, edited(answer, ['progress', 'nextDue', 'amount', 'amount'], '100.00'));
    await expectRefused(planCheck, PlanResponse, edited(answer, ['progress', 'missedCount'], 'none'));
  });
});
