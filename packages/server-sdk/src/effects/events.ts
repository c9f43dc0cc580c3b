import { SETTLE_EVENTS, type SettleEventData, type SettleEventHook, type SettleEventType } from '@settle/protocol';

/** Effect types and the backend hook each one calls, from the contract's `SETTLE_EVENTS`. */
export const EFFECT_HOOKS = Object.fromEntries(Object.entries(SETTLE_EVENTS).map(([type, event]) => [type, event.hook])) as {
  readonly [Type in SettleEventType]: SettleEventHook<Type>;
};

export type EffectType = SettleEventType;
export type EffectHookName = SettleEventHook;

/**
 * What the creditor's backend receives. `id` is stable for the thing that happened
 * (e.g. one provider payment), so a retried delivery carries the same id and the
 * backend can rely on it as an idempotency key too. Without a type argument it is the
 * union of every event, and `event.type` narrows `event.data`.
 */
export type SettleEvent<Type extends EffectType = EffectType> = {
  [Each in Type]: {
    id: string;
    type: Each;
    claimId: string;
    /** ISO 8601 time the SDK first recorded the event. */
    createdAt: string;
    data: SettleEventData<Each>;
  };
}[Type];

/** The hook's name for one event type, e.g. `'onPaymentSucceeded'` for `'payment.succeeded'`. */
type HookEvent<Name extends EffectHookName> = { [Type in EffectType]: SettleEventHook<Type> extends Name ? Type : never }[EffectType];

/** Backend callbacks; each is called at least once per event and its effect happens once. */
export type EffectHooks = { [Name in EffectHookName]?: (event: SettleEvent<HookEvent<Name>>) => Promise<void> };

/** An event as a sender hands it to the dispatcher, which stamps `createdAt`. */
export type NewSettleEvent<Type extends EffectType = EffectType> = { [Each in Type]: Omit<SettleEvent<Each>, 'createdAt'> }[Type];
