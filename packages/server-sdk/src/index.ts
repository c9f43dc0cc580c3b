export { createSettle } from './create-settle.js';
export type { Settle, LinkTokenInput, SessionTokenInput } from './create-settle.js';
export type { SettleOptions, SettleBackend, SettleLogger } from './options.js';
export type { SigningKey } from './tokens/keys.js';
export { SettleError } from './errors.js';
