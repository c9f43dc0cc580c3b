import type { ResolvedOptions } from './options.js';
import type { TokenService } from './tokens/token-service.js';

/** What every route needs: the resolved options and the token service. */
export interface SettleContext {
  options: ResolvedOptions;
  tokens: TokenService;
}
