/** Where the SDK reports problems. Never receives tokens or personal data. */
export interface SettleLogger {
  warn(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}
