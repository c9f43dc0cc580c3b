import type { SessionTokenClaims } from '@settle/protocol';
import type { SettleContext } from '../context.js';
import { SettleError } from '../errors.js';
import type { IncomingRequest } from '../http/incoming.js';
import type { EffectType, NewSettleEvent } from './events.js';
import type { SettleEventData } from '@settle/protocol';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{8,128}$/;

/**
 * The key a debtor's submission is recorded under within its session: the
 * `Idempotency-Key` header when the widget sends one (one per new submission),
 * otherwise the session itself (one submission per session).
 */
export function submissionKey(request: IncomingRequest, session: SessionTokenClaims): string {
  const header = request.headers.get('idempotency-key');
  if (header === null) return session.sid;
  if (!IDEMPOTENCY_KEY.test(header)) throw new SettleError('bad_request', 'Idempotency-Key must be 8-128 letters, digits, or . _ : -');
  return `${session.sid}:${header}`;
}

/** Events that carry a debtor's submission under one field. */
type SubmissionType = 'contact.requested' | 'dispute.opened' | 'feedback.given';

export interface SubmissionEffect<Type extends SubmissionType, Field extends keyof SettleEventData<Type> & string> {
  type: Type;
  claimId: string;
  /** From `submissionKey`; the event id is derived from it, so a retry finds its record. */
  key: string;
  /** Where the debtor's submission sits in the event data; a retry must match it exactly. */
  field: Field;
  submission: SettleEventData<Type>[Field];
  /** Facts the SDK adds for the creditor (e.g. the claim's jurisdiction). */
  facts: Omit<SettleEventData<Type>, Field>;
}

export interface RecordedSubmission {
  eventId: string;
  /** Short reference a debtor can quote to the creditor's support. */
  reference: string;
  /** When the submission was first recorded: the same on every retry. */
  receivedAt: string;
}

/** The event id a submission is recorded under: a retry with the same key finds it. */
export function submissionEventId(type: EffectType, claimId: string, key: string): string {
  return `${type}:${claimId}:${key}`;
}

/**
 * Records a debtor's submission as an effect exactly once and answers the same on
 * every retry. The same key with a different submission is a conflict (409), and
 * nothing new is recorded. A failing creditor hook leaves the event pending for
 * `reconcile()`, and the debtor still gets the answer: the submission is stored.
 */
export async function recordSubmission<Type extends SubmissionType, Field extends keyof SettleEventData<Type> & string>(
  context: SettleContext,
  effect: SubmissionEffect<Type, Field>,
  prefix: string,
): Promise<RecordedSubmission> {
  const eventId = submissionEventId(effect.type, effect.claimId, effect.key);
  // The submission under its field and the facts beside it make up exactly the event's data.
  const data = { [effect.field]: effect.submission, ...effect.facts } as SettleEventData<Type>;
  const outcome = await context.effects.dispatch({ id: eventId, type: effect.type, claimId: effect.claimId, data } as NewSettleEvent);
  const stored = await context.effects.recorded(eventId);
  if (!stored) throw new SettleError('internal', 'The submission could not be recorded. Please try again.');
  if (outcome === 'duplicate' && canonical((stored.data as Record<string, unknown>)[effect.field]) !== canonical(effect.submission)) {
    throw new SettleError('conflict', 'A different submission was already received for this session.');
  }
  return { eventId, reference: await reference(prefix, eventId), receivedAt: stored.createdAt };
}

/** JSON with sorted keys and no undefined fields, so key order never makes a retry a conflict. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item) ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : item,
  );
}

async function reference(prefix: string, eventId: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(eventId)));
  const hex = [...digest.slice(0, 5)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${prefix}-${hex.toUpperCase()}`;
}
