import { germanClaim } from '../../../../tests/fixtures/claims.js';
import { createSettle, type EffectType, type SettleEvent, type SettleOptions } from '../../src/index.js';
import { AUDIENCE, ISSUER, SECRET, post } from '../support.js';

/** A settle instance on a settable clock whose backend records every effect, reactions included. */
export async function reactionSettle({ backend, ...overrides }: Partial<SettleOptions> = {}) {
  const clock = { now: Date.parse('2026-12-03T10:00:00Z') };
  const effects: SettleEvent[] = [];
  const record = async (event: SettleEvent) => {
    effects.push(event);
  };
  const settle = await createSettle({
    keys: [{ kid: 'k1', alg: 'HS256', secret: SECRET }],
    issuer: ISSUER,
    audience: AUDIENCE,
    basePath: '/settle',
    delivery: { backoffMs: 1, sweepMs: 0 },
    backend: {
      getClaim: async (id) => (id === germanClaim().id ? germanClaim() : null),
      onLinkOpened: record,
      onClaimViewed: record,
      onStepViewed: record,
      onOptionChosen: record,
      onJourneyAbandoned: record,
      onDisputeOpened: record,
      onQuizCompleted: record,
      ...backend,
    },
    logger: { warn: () => undefined, error: () => undefined },
    now: () => clock.now,
    ...overrides,
  });
  /** The effects of `type` once every delivery has run. */
  const delivered = async <Type extends EffectType>(type: Type): Promise<SettleEvent<Type>[]> => {
    await settle.drain();
    return effects.filter((event) => event.type === type) as unknown as SettleEvent<Type>[];
  };
  /** Opens a session from a link signed with the given message. */
  const open = async (link: Parameters<typeof settle.createLinkToken>[0] = { claimId: germanClaim().id, channel: 'sms', phase: 'first_reminder' }) => {
    const response = await settle.handle(post('/session', { token: await settle.createLinkToken(link) }));
    return ((await response.json()) as { sessionToken: string; tone?: string }).sessionToken;
  };
  const react = (token: string, body: unknown) => settle.handle(post('/reactions', body, { authorization: `Bearer ${token}` }));
  return { settle, clock, effects, delivered, open, react };
}
