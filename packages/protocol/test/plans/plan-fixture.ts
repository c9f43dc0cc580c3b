import { buildOffers, buildSchedule, money, resolvePolicy, type OfferChoice, type Plan, type PlanPayment } from '../../src/index.js';

/** An agreed plan over `amount` EUR as the server would store it, agreed on `today`. */
export function agreedPlan(amount: number, choice: OfferChoice, today = '2026-11-23', payments: PlanPayment[] = []): Plan {
  const policy = resolvePolicy({ enabledOptions: ['pay_in_full', 'instalments', 'deferral'], frequencies: ['monthly', 'weekly'] });
  const terms = buildOffers(money(amount, 'EUR'), policy, today).find((offer) => offer.kind === choice.kind);
  if (!terms) throw new Error(`no ${choice.kind} offer`);
  const schedule = buildSchedule(terms, choice);
  if (!schedule.ok) throw new Error(JSON.stringify(schedule.reasons));
  return {
    id: 'pln_test',
    claimId: 'clm_test',
    offerId: 'off_test0000',
    balanceVersion: 1,
    kind: choice.kind,
    acceptedOn: today,
    acceptedAt: Date.parse(`${today}T10:00:00Z`),
    schedule: schedule.value,
    rules: policy.changes,
    used: { shifts: 0, skips: 0, pauseMonths: 0 },
    changes: [],
    payments,
  };
}

export function paid(id: string, amount: number, paidOn: string): PlanPayment {
  return { id, amount: money(amount, 'EUR'), paidOn };
}
