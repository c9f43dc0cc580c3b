import { EFFECT_HOOKS } from './events.js';

/** The parts, merged: `combineHooks(a, b)` has every member of `a` and of `b`. */
export type CombinedHooks<Parts extends readonly object[]> = Parts extends readonly [infer First, ...infer Rest extends readonly object[]] ? First & CombinedHooks<Rest> : unknown;

type Hook = (event: unknown) => Promise<void>;

const HOOK_NAMES: ReadonlySet<string> = new Set(Object.values(EFFECT_HOOKS));

/**
 * One `backend` from several parts, e.g. your own hooks and `outboundWebhooks()`. Object
 * spread would let a later hook silently replace an earlier one of the same name; here a
 * hook several parts have calls each of them, in order, and any other member given twice
 * (`getClaim`, `verifyIdentity`) is a start-up error naming it.
 *
 * @example
 * backend: combineHooks({ getClaim, onPaymentSucceeded: bookPayment }, outboundWebhooks({ url, secret }))
 */
export function combineHooks<const Parts extends readonly object[]>(...parts: Parts): CombinedHooks<Parts> {
  const combined: Record<string, unknown> = {};
  const hooks = new Map<string, Hook[]>();
  for (const part of parts) {
    for (const [name, value] of Object.entries(part)) {
      if (value === undefined) continue;
      if (!HOOK_NAMES.has(name)) {
        if (name in combined) throw new TypeError(`combineHooks: ${name} is given in two parts, and a backend has one ${name}. Keep it in one part.`);
        combined[name] = value;
        continue;
      }
      if (typeof value !== 'function') throw new TypeError(`combineHooks: ${name} must be a function of the event.`);
      hooks.set(name, [...(hooks.get(name) ?? []), value as Hook]);
    }
  }
  for (const [name, list] of hooks) combined[name] = list.length === 1 ? list[0] : callEach(name, list);
  return combined as CombinedHooks<Parts>;
}

/**
 * Calls every hook, also after one failed, then fails if any did: the dispatcher retries the
 * event and calls them all again with the same `event.id`, which each hook deduplicates by.
 * The failure is permanent (never retried) only when every failure was.
 */
function callEach(name: string, hooks: readonly Hook[]): Hook {
  return async (event) => {
    const failures: unknown[] = [];
    for (const hook of hooks) {
      try {
        await hook(event);
      } catch (error) {
        failures.push(error);
      }
    }
    if (failures.length === 1) throw failures[0];
    if (failures.length > 1) {
      const permanent = failures.every((error) => (error as { permanent?: unknown } | null)?.permanent === true);
      throw Object.assign(new AggregateError(failures, `${failures.length} of the ${hooks.length} ${name} hooks failed`), { permanent });
    }
  };
}
