import type { AcceptOfferRequest, MonthlyPlansRequest, MonthlyPlansResponse, OfferChoice, OffersResponse, PlanResponse } from '@settle/protocol';
import { monthlyPlansCheck, offersCheck } from '../../api/checks/offers.js';
import { planCheck } from '../../api/checks/plan.js';
import type { ApiClient } from '../../api/client.js';

/** GET /offers: the signed offers for the claim's current balance. */
export function fetchOffers(client: ApiClient, signal?: AbortSignal): Promise<OffersResponse> {
  return client.call('offers', undefined, { check: offersCheck, signal });
}

/**
 * POST /plans: the signed offer's token and the debtor's choice, nothing else. The server
 * rebuilds the schedule from its own copy of the offer. One idempotency key per review
 * makes a double click or a retry agree once.
 */
export function acceptOffer(client: ApiClient, offerToken: string, choice: OfferChoice, idempotencyKey: string): Promise<PlanResponse> {
  const body: AcceptOfferRequest = { offerToken, choice };
  return client.call('plans', body, { check: planCheck, idempotencyKey });
}

/** POST /offers/monthly: the plans within the signed instalment offer that fit what the debtor could pay each time, at the draft's frequency. */
export function fetchMonthlyPlans(client: ApiClient, body: MonthlyPlansRequest): Promise<MonthlyPlansResponse> {
  return client.call('monthlyPlans', body, { check: monthlyPlansCheck });
}
