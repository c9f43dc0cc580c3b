import type { Claim, OffersResponse, PlanResponse, SignedOffer } from '@settle/protocol';
import { germanClaim, usClaim } from '../../../../tests/fixtures/claims.js';
import { createSettle, MemoryStore, type SettleEvent, type SettleOptions } from '../../src/index.js';
import { AUDIENCE, BASE, ISSUER, SECRET, get, post } from '../support.js';

/** 10:00 UTC on 23 Nov 2026: the day every expected date in these tests counts from. */
export const NOW = Date.parse('2026-11-23T10:00:00Z');

/** A settle instance with a fixed clock, a store the test can inspect, and recorded hooks. */
export async function planSettle(overrides: Partial<SettleOptions> = {}) {
  const claims = new Map<string, Claim>([
    [germanClaim().id, germanClaim()],
    [usClaim().id, usClaim()],
  ]);
  const clock = { now: NOW };
  const store = new MemoryStore(() => clock.now);
  const events: SettleEvent[] = [];
  const record = async (event: SettleEvent) => {
    events.push(event);
  };
  const settle = await createSettle({
    keys: [{ kid: 'k1', alg: 'HS256', secret: SECRET }],
    issuer: ISSUER,
    audience: AUDIENCE,
    basePath: '/settle',
    store,
    sessionTtlSeconds: 3600,
    delivery: { backoffMs: 1 },
    policy: { enabledOptions: ['pay_in_full', 'deferral', 'instalments', 'partial_payment', 'promise_to_pay'], minimumInstalment: 2_000, maxInstalments: 12 },
    backend: {
      getClaim: async (id) => claims.get(id) ?? null,
      onPlanAccepted: record,
      onPromiseToPay: record,
      onPlanChanged: record,
      onQuizCompleted: record,
      onPaymentSucceeded: record,
      onPaymentFailed: record,
      onDisputeOpened: record,
      onContactRequested: record,
      onFeedback: record,
      onAutopayRevoked: record,
    },
    logger: { warn: () => {}, error: () => {} },
    now: () => clock.now,
    ...overrides,
  });
  return { settle, claims, clock, store, events };
}

type Settle = Awaited<ReturnType<typeof createSettle>>;

export function authed(path: string, token: string, body?: unknown): Request {
  if (body === undefined) return get(path, token);
  return post(path, body, { authorization: `Bearer ${token}` });
}

export async function offersFor(settle: Settle, token: string): Promise<SignedOffer[]> {
  const response = await settle.handle(get('/offers', token));
  if (response.status !== 200) throw new Error(`GET /offers: ${response.status} ${await response.text()}`);
  return ((await response.json()) as OffersResponse).offers;
}

export function offerOf(offers: SignedOffer[], kind: string): SignedOffer {
  const found = offers.find((signed) => signed.offer.terms.kind === kind);
  if (!found) throw new Error(`no ${kind} offer`);
  return found;
}

export async function accept(settle: Settle, token: string, body: unknown) {
  const response = await settle.handle(authed('/plans', token, body));
  return { status: response.status, body: (await response.json()) as PlanResponse & { error?: { code: string; message: string } } };
}

export { BASE };
