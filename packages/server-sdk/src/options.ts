import { MemoryStore } from './store/memory-store.js';
import { checkOptions } from './options-checks.js';
import type { IdentityAnswers } from '@settle/protocol';
import { resolveIdentitySettings, type IdentitySettings } from './identity/settings.js';
import type { SettleLogger } from './logger.js';
import { checkSupportChannels, type SupportChannels } from './support/support-channels.js';
import type { EffectHooks } from './effects/events.js';
import type { ClaimInput } from './validate-claim.js';
import type { SettleStore } from './store/store.js';
import type { SigningKey } from './tokens/keys.js';
import type { PaymentProvidersOptions } from './payments/providers.js';
import type { ClaimSettingsOption } from './claim-settings/claim-settings-option.js';
import { resolvePolicySource, type PolicyOption, type PolicySource } from './plans/policy-option.js';
import { resolveJourney, type JourneyOptions, type ResolvedJourney } from './journey/journey-options.js';
import { checkTonePerPhase, type TonePerPhase } from './journey/tone-per-phase.js';

export type { SettleLogger } from './logger.js';

/**
 * The creditor's code. `getClaim` returns the claim as the creditor knows it (validated
 * by the SDK before it reaches a browser), or `null` when there is none.
 */
export interface SettleBackend extends EffectHooks {
  /** The claim as your books know it, or null; validated by the SDK (see `validateClaim`). */
  getClaim(claimId: string): Promise<ClaimInput | null>;
  /**
   * Required with `identityCheck`: true when the answers match the debtor of `claimId`.
   * Compare every field (no early return) so a wrong field cannot be told from another.
   */
  verifyIdentity?(claimId: string, answers: IdentityAnswers): Promise<boolean>;
}

export interface SettleOptions {
  /** Signing keys; the first signs, all verify (rotate by putting the new key first). */
  keys: readonly SigningKey[];
  backend: SettleBackend;
  /** `iss` of every token, e.g. "acme-collections". */
  issuer: string;
  /** `aud` of every token: the Settle API this creditor runs, e.g. "https://pay.acme.example/settle". */
  audience: string;
  /** Path the handler is mounted under, e.g. "/settle". Default: "". */
  basePath?: string;
  /** Origins (scheme://host[:port]) allowed to call the API from a browser on another origin. */
  allowedOrigins?: readonly string[];
  /** Link lifetime in seconds. Default: 14 days. */
  linkTokenTtlSeconds?: number;
  /** Session lifetime per renewal in seconds. Default: 15 minutes. */
  sessionTtlSeconds?: number;
  /** Absolute session limit in seconds. Default: 90 minutes. */
  sessionAbsoluteTtlSeconds?: number;
  /** Whether the debtor must pass `backend.verifyIdentity` before seeing the claim. */
  identityCheck?: boolean;
  /** Identity check tuning: fields asked, attempt limits, minimum answer time. */
  identity?: IdentitySettings;
  /** The creditor's people: offered after an identity lock, a dispute, a hardship request. */
  support?: SupportChannels;
  /**
   * Payee (bank account per currency) and support per claim, for an agency with several
   * creditor clients or creditors in several countries. `support` and
   * `providers.bankTransfer` stay the defaults for claims it names neither for.
   */
  claimSettings?: ClaimSettingsOption;
  /** Largest accepted request body in bytes. Default: 16 KiB. */
  maxBodyBytes?: number;
  /** How long a request body may take to arrive once a route reads it. Default: 10 s. */
  bodyTimeoutMs?: number;
  logger?: SettleLogger;
  /** Idempotency records, attempt counters and nonces. Default: in-memory (one instance only). */
  store?: SettleStore;
  /**
   * Hook delivery tuning: attempts per delivery round, the first backoff delay, and how
   * often the background deliverer looks for effects due another round (`sweepMs`, 0: off).
   */
  delivery?: { attempts?: number; backoffMs?: number; leaseMs?: number; attemptTimeoutMs?: number; sweepMs?: number };
  /** Payment providers (Stripe, PayPal, sandbox) and the bank-transfer fallback. */
  providers?: PaymentProvidersOptions;
  /**
   * What debtors may choose: minimum instalment, counts, frequencies, deferral, pause, down
   * payment, agreement costs. A fixed policy or one per claim. Default: `CreditorPolicy` defaults.
   */
  policy?: PolicyOption;
  /** Quiz, brand, texts, tone, support, facts and CSAT scale (`csat`, the scale POST /feedback accepts) of the debtor's journey. */
  journey?: JourneyOptions;
  /**
   * The tone per collection phase of the link (and per segment): the session exchange
   * answers with it and the widget uses it unless the page sets `tone`. Default: `journey.tone`.
   */
  tonePerPhase?: TonePerPhase;
  /** How long a signed offer can be accepted, in seconds. Default: 30 minutes. */
  offerTtlSeconds?: number;
  /** Clock, for tests. */
  now?: () => number;
}

/** Options with every default filled in. */
export interface ResolvedOptions extends Required<Omit<SettleOptions, 'logger' | 'store' | 'delivery' | 'identity' | 'policy' | 'journey' | 'claimSettings' | 'tonePerPhase'>> {
  claimSettings?: ClaimSettingsOption;
  tonePerPhase?: TonePerPhase;
  policy: PolicySource;
  journey: ResolvedJourney;
  identity: Required<IdentitySettings>;
  logger: SettleLogger;
  store: SettleStore;
  delivery: NonNullable<SettleOptions['delivery']>;
}

export function resolveOptions(options: SettleOptions): ResolvedOptions {
  if (options.keys.length === 0) throw new TypeError('createSettle: at least one signing key is required');
  checkOptions(options);
  if (options.support) checkSupportChannels(options.support);
  if (options.claimSettings !== undefined && typeof options.claimSettings !== 'function') throw new TypeError('createSettle: claimSettings must be a function of the claim');
  if (options.tonePerPhase !== undefined) checkTonePerPhase(options.tonePerPhase);
  const journey = resolveJourney(options.journey, options.support ? { support: options.support } : {});
  return {
    basePath: '',
    allowedOrigins: [],
    linkTokenTtlSeconds: 14 * 24 * 3600,
    sessionTtlSeconds: 15 * 60,
    sessionAbsoluteTtlSeconds: 90 * 60,
    identityCheck: false,
    maxBodyBytes: 16 * 1024,
    bodyTimeoutMs: 10_000,
    now: Date.now,
    delivery: {},
    providers: {},
    support: {},
    offerTtlSeconds: 30 * 60,
    ...options,
    identity: resolveIdentitySettings(options.identity),
    policy: resolvePolicySource(options.policy),
    journey,
    store: options.store ?? new MemoryStore(options.now ?? Date.now),
    logger: options.logger ?? {
      warn: (message, context) => console.warn(`[settle] ${message}`, ...(context ? [context] : [])),
      error: (message, context) => console.error(`[settle] ${message}`, ...(context ? [context] : [])),
    },
  };
}
