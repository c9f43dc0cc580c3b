import type { ResolvedOptions } from './options.js';
import type { EffectDispatcher } from './effects/dispatcher.js';
import type { TokenService } from './tokens/token-service.js';

/** What every route needs: the resolved options, tokens, and the exactly-once effect dispatcher. */
export interface SettleContext {
  options: ResolvedOptions;
  tokens: TokenService;
  effects: EffectDispatcher;
}
