import { germanClaim, usClaim } from '../../../../tests/fixtures/claims.js';
import { createSettle, type SettleEvent, type SettleOptions } from '../../src/index.js';
import type { EffectHooks, EffectType } from '../../src/effects/events.js';
import { AUDIENCE, ISSUER, SECRET, post } from '../support.js';

export const SUPPORT = { phone: '+49 30 1234567', email: 'hilfe@stadtwerke.example', chatUrl: 'https://stadtwerke.example/chat' };

/** A settle instance whose backend records every effect and keeps claims in a map it can change. */
export async function callbackSettle(hooks: EffectHooks = {}, overrides: Partial<SettleOptions> = {}) {
  const claims = new Map<string, ReturnType<typeof germanClaim>>([
    [germanClaim().id, germanClaim()],
    [usClaim().id, usClaim()],
  ]);
  const effects: SettleEvent[] = [];
  const logged: string[] = [];
  const record = async (event: SettleEvent) => {
    effects.push(event);
  };
  const settle = await createSettle({
    keys: [{ kid: 'k1', alg: 'HS256', secret: SECRET }],
    issuer: ISSUER,
    audience: AUDIENCE,
    basePath: '/settle',
    support: SUPPORT,
    delivery: { backoffMs: 1 },
    backend: {
      getClaim: async (id) => claims.get(id) ?? null,
      onDisputeOpened: record,
      onContactRequested: record,
      onFeedback: record,
      ...hooks,
    },
    logger: { warn: (message, context) => logged.push(`${message} ${JSON.stringify(context ?? {})}`), error: (message, context) => logged.push(`${message} ${JSON.stringify(context ?? {})}`) },
    ...overrides,
  });
  return { settle, claims, effects, logged };
}

/** The recorded effects of one type, with their typed data. */
export function eventsOf<Type extends EffectType>(effects: readonly SettleEvent[], type: Type): SettleEvent<Type>[] {
  return effects.filter((event) => event.type === type) as SettleEvent<Type>[];
}

export function submit(path: string, token: string, body: unknown, idempotencyKey?: string): Request {
  return post(path, body, { authorization: `Bearer ${token}`, ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}) });
}
