import { buildOffers, buildSchedule, money, plansPerPayment, resolvePolicy, trackPlan, type Plan, type SignedOffer } from '../../../packages/protocol/src/index.js';
import { germanClaim } from '../../fixtures/claims.js';
import { claimApi, shadowReady, type Scene } from '../scene.js';

const TODAY = '2026-12-01';
const policy = resolvePolicy({ enabledOptions: ['pay_in_full', 'deferral', 'instalments', 'payment_pause', 'promise_to_pay'], costs: { deferral: 500 } });
const offers: SignedOffer[] = buildOffers(money(12837, 'EUR'), policy, TODAY).map((terms, index) => ({
  offer: { id: `off_${terms.kind.replace(/_/g, '')}${index}000`, claimId: 'clm_de_1001', balanceVersion: 1, expiresAt: Date.now() + 3_600_000, terms },
  token: `signed-${index}`,
}));

/** The plans the server answers for 30 € a month. */
function monthlyPlans() {
  const terms = offers.find((signed) => signed.offer.terms.kind === 'instalments')?.offer.terms;
  const result = terms?.kind === 'instalments' ? plansPerPayment(terms, money(3000, 'EUR')) : undefined;
  if (!result?.ok) throw new Error('scene plans refused');
  return result.plans;
}

function plan(count: number): Plan {
  const instalments = offers.find((signed) => signed.offer.terms.kind === 'instalments');
  const schedule = instalments && buildSchedule(instalments.offer.terms, { kind: 'instalments', count });
  if (!instalments || !schedule?.ok) throw new Error('scene plan refused');
  return {
    id: 'pln_7Q2XK9',
    claimId: 'clm_de_1001',
    offerId: instalments.offer.id,
    balanceVersion: 1,
    kind: 'instalments',
    acceptedOn: TODAY,
    acceptedAt: Date.parse(`${TODAY}T10:00:00Z`),
    schedule: schedule.value,
    rules: policy.changes,
    used: { shifts: 0, skips: 0, pauseMonths: 0 },
    changes: [],
    payments: [{ id: 'pay_1', amount: { amount: 3209, currency: 'EUR' }, paidOn: TODAY }],
  };
}

const base = claimApi(germanClaim());
const api: Scene['api'] = {
  ...base,
  'GET /api/offers': { body: { offers } },
  'POST /api/offers/monthly': { body: { plans: monthlyPlans() } },
  // 30 € a month: the recommended plan is five instalments.
  'POST /api/plans': { body: { plan: plan(5), progress: trackPlan(plan(5).schedule, [], TODAY) } },
  'GET /api/plan': { body: { plan: plan(4), progress: trackPlan(plan(4).schedule, plan(4).payments, '2027-01-15') } },
};

const picker = '<settle-plan-picker api="/api" token="link" locale="{{locale}}" recommended="instalments deferral"></settle-plan-picker>';
const manager = '<settle-plan-manager api="/api" token="link" locale="{{locale}}"></settle-plan-manager>';

/** Clicks `selector` inside the first `tag`'s shadow root, then waits for `next` to show. */
function clickThen(tag: string, selector: string, next: string): Scene['ready'] {
  return async (page) => {
    await page.evaluate(([host, inner]) => (document.querySelector(host!)?.shadowRoot?.querySelector(inner!) as HTMLElement | null)?.click(), [tag, selector]);
    await shadowReady(tag, next)(page);
  };
}

function steps(...ready: Array<Scene['ready']>): Scene['ready'] {
  return async (page) => {
    for (const step of ready) await step(page);
  };
}

const offersShown = shadowReady('settle-plan-picker', '[part~="offer-list"]');
const chooseInstalments = steps(
  clickThen('settle-plan-picker', '[part~="offer-instalments"] [part~="choose-button"]', '[part~="monthly"]'),
  clickThen('settle-plan-picker', 'input[name="monthly"][value="3000"]', '[part~="plans"]'),
);

export const planScenes: Scene[] = [
  { name: 'plan-picker-offers', html: picker, api, ready: offersShown },
  { name: 'plan-picker-instalments', html: picker, api, ready: steps(offersShown, chooseInstalments) },
  {
    name: 'plan-picker-review',
    html: picker,
    api,
    ready: steps(
      offersShown,
      clickThen('settle-plan-picker', '[part~="offer-deferral"] [part~="choose-button"]', '#date'),
      clickThen('settle-plan-picker', '[part~="continue-button"]', '[part~="acknowledgement"]'),
    ),
  },
  {
    name: 'plan-picker-accepted',
    html: picker,
    api,
    ready: steps(
      offersShown,
      chooseInstalments,
      clickThen('settle-plan-picker', '[part~="continue-button"]', '[part~="accept-button"]'),
      clickThen('settle-plan-picker', '[part~="accept-button"]', '[part~="print-button"]'),
    ),
  },
  {
    name: 'plan-picker-error',
    html: picker,
    api: { 'POST /api/session': { status: 502, body: { error: { code: 'backend_failed', message: 'down' } } } },
    ready: shadowReady('settle-plan-picker', '[part~="retry-button"]'),
  },
  { name: 'plan-manager', html: manager, api, ready: shadowReady('settle-plan-manager', '[part~="schedule-table"]') },
  {
    name: 'plan-manager-shift',
    html: manager,
    api,
    ready: steps(shadowReady('settle-plan-manager', '[part~="shift-button"]'), clickThen('settle-plan-manager', '[part~="shift-button"]', '#change-date')),
  },
];
