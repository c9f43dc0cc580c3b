export { createSettle } from './create-settle.js';
export type { Settle, LinkTokenInput, SessionTokenInput } from './create-settle.js';
export type { SettleOptions, SettleBackend, SettleLogger } from './options.js';
export type { SigningKey } from './tokens/keys.js';
export { SettleError } from './errors.js';
export type { SettleStore } from './store/store.js';
export { MemoryStore } from './store/memory-store.js';
export type { SettleEvent, EffectType, EffectHooks } from './effects/events.js';
export { EFFECT_HOOKS } from './effects/events.js';
