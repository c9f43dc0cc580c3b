import { changePlan, policyToday, trackPlan, type Plan, type PlanChange, type PlanResponse } from '@settle/protocol';
import { authenticate, requireClaimAccess } from '../auth.js';
import { loadClaim } from '../claims.js';
import type { SettleContext } from '../context.js';
import { SettleError } from '../errors.js';
import type { IncomingRequest } from '../http/incoming.js';
import { readBody } from '../http/request-body.js';
import { json } from '../http/responses.js';
import type { Router } from '../http/router.js';
import { hasAutopay, revokeAutopay } from '../payments/autopay-mandates.js';
import { acceptOffer } from '../plans/accept-offer.js';
import { getPlan, updatePlan } from '../plans/plan-store.js';
import { policyFor } from '../plans/policy-source.js';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{8,128}$/;

async function today(context: SettleContext, claimId: string): Promise<string> {
  return policyToday(await policyFor(context, await loadClaim(context, claimId)), context.options.now());
}

async function planResponse(context: SettleContext, plan: Plan, on: string): Promise<PlanResponse> {
  return { plan, progress: trackPlan(plan.schedule, plan.payments, on), autopay: await hasAutopay(context.options.store, plan.claimId) };
}

function changeKey(request: IncomingRequest, sid: string): string | undefined {
  const header = request.headers.get('idempotency-key');
  if (header === null) return undefined;
  if (!IDEMPOTENCY_KEY.test(header)) throw new SettleError('bad_request', 'Idempotency-Key must be 8-128 letters, digits, or . _ : -');
  return `${sid}:${header}`;
}

function sameChange(a: PlanChange, b: PlanChange): boolean {
  return JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());
}

/**
 * POST /plans accepts a signed offer (201 the first time, 200 with the same plan when the
 * same offer is sent again); GET /plan shows the plan with paid / due / missed instalments;
 * POST /plan/changes moves, pauses or skips within the plan's rules, once per
 * `Idempotency-Key` (a retried request answers the plan without changing it again);
 * POST /plan/autopay/revoke switches autopay off (once; a retry answers the same).
 */
export function registerPlanRoutes(router: Router, context: SettleContext): void {
  router.add('plans', async (request) => {
    const session = await authenticate(request, context);
    requireClaimAccess(session, session.sub);
    const body = await readBody(request, 'plans', context.options.maxBodyBytes);
    const { plan, created } = await acceptOffer(context, session, body);
    return json(await planResponse(context, plan, await today(context, plan.claimId)), created ? 201 : 200);
  });

  router.add('plan', async (request) => {
    const session = await authenticate(request, context);
    requireClaimAccess(session, session.sub);
    const plan = await getPlan(context, session.sub);
    if (!plan) throw new SettleError('not_found', 'No plan has been agreed for this claim yet.');
    return json(await planResponse(context, plan, await today(context, plan.claimId)));
  });

  router.add('autopayRevoke', async (request) => {
    const session = await authenticate(request, context);
    requireClaimAccess(session, session.sub);
    const plan = await getPlan(context, session.sub);
    if (!plan) throw new SettleError('not_found', 'No plan has been agreed for this claim yet.');
    await revokeAutopay(context, plan.claimId, 'debtor');
    return json(await planResponse(context, plan, await today(context, plan.claimId)));
  });

  router.add('planChanges', async (request) => {
    const session = await authenticate(request, context);
    requireClaimAccess(session, session.sub);
    const key = changeKey(request, session.sid);
    const { change } = await readBody(request, 'planChanges', context.options.maxBodyBytes);
    const on = await today(context, session.sub);
    let position = 0;
    const changed = await updatePlan(context, session.sub, (plan) => {
      const earlier = key === undefined ? -1 : plan.changes.findIndex((entry) => entry.key === key);
      if (earlier >= 0) {
        if (!sameChange(plan.changes[earlier]?.change as PlanChange, change)) throw new SettleError('conflict', 'A different change was already made with this Idempotency-Key.');
        position = earlier + 1;
        return null;
      }
      const result = changePlan(plan, change, on);
      if (!result.ok) {
        const reason = result.reasons[0];
        throw new SettleError('plan_change_invalid', reason ? `${reason.field}: ${reason.message}` : 'This change is not possible.');
      }
      const next = result.value;
      position = next.changes.length;
      if (key !== undefined) next.changes[position - 1] = { change, on, key };
      return next;
    });
    if (!changed) throw new SettleError('not_found', 'No plan has been agreed for this claim yet.');
    // A retry dispatches the same event id again: delivered once, and not lost if the first try died here.
    await context.effects.dispatch({ id: `plan.changed:${changed.id}:${position}`, type: 'plan.changed', claimId: changed.claimId, data: { plan: changed, change } });
    return json(await planResponse(context, changed, on));
  });
}
