import type { PlanChange, PlanChangeRequest, PlanResponse } from '@settle/protocol';
import { planCheck } from '../../api/checks/plan.js';
import type { ApiClient } from '../../api/client.js';

/** GET /plan: the agreed plan and where it stands today. */
export function fetchPlan(client: ApiClient, signal?: AbortSignal): Promise<PlanResponse> {
  return client.call('plan', undefined, { check: planCheck, signal });
}

/** POST /plan/changes: the server checks the change against the plan's rules and answers with the new plan. */
export function requestPlanChange(client: ApiClient, change: PlanChange, idempotencyKey: string): Promise<PlanResponse> {
  const body: PlanChangeRequest = { change };
  return client.call('planChanges', body, { check: planCheck, idempotencyKey });
}

/** POST /plan/autopay/revoke: no instalment is charged automatically any more; answers the plan. */
export function revokeAutopay(client: ApiClient): Promise<PlanResponse> {
  return client.call('autopayRevoke', undefined, { check: planCheck });
}
