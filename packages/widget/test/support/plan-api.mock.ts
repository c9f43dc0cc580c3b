/**
 * msw handlers for the plan routes in element tests (GET /offers, POST /plans, GET /plan,
 * POST /plan/changes). They answer like the server does, with the protocol's own
 * functions (buildOffers, buildSchedule, trackPlan, changePlan), and record what the
 * element sent. Used with `claimApi` from test/support for the session.
 */
import {
  buildOffers,
  buildSchedule,
  changePlan,
  money,
  plansPerPayment,
  resolvePolicy,
  ROUTES,
  trackPlan,
  type CreditorPolicyInput,
  type ErrorCode,
  type MonthlyPlansRequest,
  type Plan,
  type PlanPayment,
  type SignedOffer,
} from '@settle/protocol';
import { delay, http, HttpResponse, type RequestHandler } from 'msw';
import { errorBody, TEST_API } from './api-mock.js';

/** The day the fake server lives in; offers and plans count from it. */
export const TODAY = '2026-12-01';
export const CLAIM_ID = 'clm_de_1001';

/** Signed offers as GET /offers returns them, for `balance` minor units of EUR under `policy`. */
export function signedOffers(balance: number, policy: CreditorPolicyInput = {}, currency = 'EUR'): SignedOffer[] {
  return buildOffers(money(balance, currency), resolvePolicy(policy), TODAY).map((terms, index) => ({
    offer: { id: `off_${terms.kind.replace(/_/g, '')}${index}000`, claimId: CLAIM_ID, balanceVersion: 1, expiresAt: Date.now() + 3_600_000, terms },
    token: `signed.${terms.kind}.${index}`,
  }));
}

/** An agreed plan built the server's way from one of the offers. */
export function agreedPlan(signed: SignedOffer, choice: Parameters<typeof buildSchedule>[1], options: { policy?: CreditorPolicyInput; payments?: PlanPayment[]; acceptedOn?: string } = {}): Plan {
  const result = buildSchedule(signed.offer.terms, choice);
  if (!result.ok) throw new Error(`fixture choice refused: ${result.reasons[0]?.message}`);
  return {
    id: 'pln_test_0001',
    claimId: CLAIM_ID,
    offerId: signed.offer.id,
    balanceVersion: 1,
    kind: signed.offer.terms.kind,
    acceptedOn: options.acceptedOn ?? TODAY,
    acceptedAt: Date.parse(`${options.acceptedOn ?? TODAY}T10:00:00Z`),
    schedule: result.value,
    rules: resolvePolicy(options.policy ?? {}).changes,
    used: { shifts: 0, skips: 0, pauseMonths: 0 },
    changes: [],
    payments: options.payments ?? [],
  };
}

export interface PlanApiState {
  offers: SignedOffer[];
  activePlanId?: string;
  /** Answer GET /offers with these errors first, one per request, then normally. */
  offersErrors?: Array<{ code: ErrorCode; status: number }>;
  /** Answer POST /plans with these errors first, one per request, then normally. */
  acceptErrors?: Array<{ code: ErrorCode; status: number }>;
  /** Offers GET /offers returns after an `offer_stale` answer (the renewed ones). */
  renewedOffers?: SignedOffer[];
  /** Holds POST /plans until resolved, to observe the pending state. */
  acceptGate?: Promise<void>;
  plan?: Plan;
  /** The server's day for GET /plan and changes. */
  today?: string;
  /** Answer POST /plan/changes with this error whatever the change. */
  changeError?: { code: ErrorCode; status: number };
  /** Instalments are charged automatically (GET /plan's `autopay`); unset: the answer leaves it out. */
  autopay?: boolean;
}

export interface PlanApiCalls {
  offerRequests: number;
  accepts: Array<{ body: unknown; idempotencyKey: string | null }>;
  /** The bodies of POST /offers/monthly, in order. */
  monthly: MonthlyPlansRequest[];
  changes: Array<{ body: unknown; idempotencyKey: string | null }>;
  autopayRevokes: number;
}

export function newCalls(): PlanApiCalls {
  return { offerRequests: 0, accepts: [], monthly: [], changes: [], autopayRevokes: 0 };
}

export function planApi(state: PlanApiState, calls: PlanApiCalls = newCalls(), api = TEST_API): RequestHandler[] {
  const today = () => state.today ?? TODAY;
  const answer = (plan: Plan) => HttpResponse.json({ plan, progress: trackPlan(plan.schedule, plan.payments, today()), ...(state.autopay === undefined ? {} : { autopay: state.autopay }) });
  return [
    http.get(`${api}${ROUTES.offers}`, () => {
      calls.offerRequests += 1;
      const failure = state.offersErrors?.shift();
      if (failure) return HttpResponse.json(errorBody(failure.code), { status: failure.status });
      return HttpResponse.json({ offers: state.offers, ...(state.activePlanId ? { activePlanId: state.activePlanId } : {}) });
    }),
    http.post(`${api}${ROUTES.monthlyPlans}`, async ({ request }) => {
      const body = (await request.json()) as MonthlyPlansRequest;
      calls.monthly.push(body);
      const terms = state.offers.find((candidate) => candidate.token === body.offerToken)?.offer.terms;
      if (terms?.kind !== 'instalments') return HttpResponse.json(errorBody('offer_invalid'), { status: 422 });
      const { frequency, downPayment, firstDueDate } = body;
      const result = plansPerPayment(terms, body.monthlyAmount, { ...(frequency ? { frequency } : {}), ...(downPayment ? { downPayment } : {}), ...(firstDueDate ? { firstDueDate } : {}) });
      if (result.ok) return HttpResponse.json({ plans: result.plans });
      const error = result.smallest ? { ...errorBody('amount_below_minimum').error, minimum: result.smallest } : errorBody('validation_failed').error;
      return HttpResponse.json({ error }, { status: 422 });
    }),
    http.post(`${api}${ROUTES.plans}`, async ({ request }) => {
      const body = (await request.json()) as { offerToken: string; choice: Parameters<typeof buildSchedule>[1] };
      calls.accepts.push({ body, idempotencyKey: request.headers.get('idempotency-key') });
      if (state.acceptGate) await state.acceptGate;
      const failure = state.acceptErrors?.shift();
      if (failure) {
        if (failure.code === 'offer_stale' && state.renewedOffers) state.offers = state.renewedOffers;
        return HttpResponse.json(errorBody(failure.code), { status: failure.status });
      }
      const signed = state.offers.find((candidate) => candidate.token === body.offerToken);
      if (!signed) return HttpResponse.json(errorBody('offer_invalid'), { status: 422 });
      const result = buildSchedule(signed.offer.terms, body.choice);
      if (!result.ok) return HttpResponse.json(errorBody('validation_failed'), { status: 422 });
      state.plan = agreedPlan(signed, body.choice);
      return answer(state.plan);
    }),
    http.get(`${api}${ROUTES.plan}`, async () => {
      await delay(0);
      return state.plan ? answer(state.plan) : HttpResponse.json(errorBody('not_found'), { status: 404 });
    }),
    http.post(`${api}${ROUTES.autopayRevoke}`, () => {
      calls.autopayRevokes += 1;
      if (!state.plan) return HttpResponse.json(errorBody('not_found'), { status: 404 });
      state.autopay = false;
      return answer(state.plan);
    }),
    http.post(`${api}${ROUTES.planChanges}`, async ({ request }) => {
      const body = (await request.json()) as { change: Parameters<typeof changePlan>[1] };
      calls.changes.push({ body, idempotencyKey: request.headers.get('idempotency-key') });
      if (state.changeError) return HttpResponse.json(errorBody(state.changeError.code), { status: state.changeError.status });
      if (!state.plan) return HttpResponse.json(errorBody('not_found'), { status: 404 });
      const result = changePlan(state.plan, body.change, today());
      if (!result.ok) return HttpResponse.json(errorBody('validation_failed'), { status: 422 });
      state.plan = result.value;
      return answer(state.plan);
    }),
  ];
}
