import { COLLECTION_PHASES, LINK_CHANNELS, type CollectionPhase, type LinkChannel, type Locale } from '@settle/protocol';
import type * as z from 'zod/mini';
import type { SettleContext } from './context.js';
import { EffectDispatcher } from './effects/dispatcher.js';
import { createHandler } from './handler.js';
import { Router } from './http/router.js';
import { resolveOptions, type SettleOptions } from './options.js';
import { registerClaimRoutes } from './routes/claim.js';
import { registerPaymentRoutes } from './routes/payments.js';
import { registerWebhookRoutes } from './routes/webhooks.js';
import { PaymentProviders } from './payments/providers.js';
import { chargeDueInstalments, type AutopayRun } from './payments/autopay.js';
import { registerContactRoutes } from './routes/contact.js';
import { registerDisputeRoutes } from './routes/dispute.js';
import { registerFeedbackRoutes } from './routes/feedback.js';
import { registerIdentityRoutes } from './routes/identity.js';
import { registerSessionRoutes } from './routes/session.js';
import { registerJourneyRoutes } from './routes/journey.js';
import { registerQuizRoutes } from './routes/quiz.js';
import { registerOfferRoutes } from './routes/offers.js';
import { registerPlanRoutes } from './routes/plans.js';
import { registerReactionRoutes } from './routes/reactions.js';
import { noteOutcome, reportAbandonedJourneys } from './reactions/journeys.js';
import { issueSession } from './sessions.js';
import { KeyRing } from './tokens/keys.js';
import { TokenService } from './tokens/token-service.js';

type LocaleTag = z.infer<typeof Locale>;

export interface LinkTokenInput {
  claimId: string;
  /** Lifetime in seconds; default from `linkTokenTtlSeconds` (14 days). */
  expiresIn?: number;
  locale?: LocaleTag;
  /** The channel of the message that carries the link; every reaction to it names it. */
  channel?: LinkChannel;
  /** The collection phase of that message; picks the session's tone (see `tonePerPhase`). */
  phase?: CollectionPhase;
}

export interface SessionTokenInput {
  claimId: string;
  locale?: LocaleTag;
  /** True when the creditor's portal has already authenticated the debtor. Default: true. */
  identityVerified?: boolean;
}

export interface Settle {
  /** A link token for emails and SMS: `https://pay.example/pay#t=<token>`. */
  createLinkToken(input: LinkTokenInput): Promise<string>;
  /** A session token for a logged-in portal, skipping the link exchange. */
  createSessionToken(input: SessionTokenInput): Promise<string>;
  /** The HTTP API as a Web-standard handler; mount it under `basePath`. */
  handle(request: Request): Promise<Response>;
  /**
   * Re-delivers every backend hook still pending now (backend down, instance killed).
   * A background deliverer already retries them with back-off; this forces a full pass.
   */
  reconcile(): Promise<number>;
  /** Resolves once no hook delivery of this instance is running. For tests and graceful shutdown. */
  drain(): Promise<void>;
  /** Stops the background deliverer and waits for running deliveries. Call it when the server stops. */
  close(): Promise<void>;
  /**
   * Collects instalments due today (or earlier) from debtors who chose autopay, once each.
   * Run it daily on a timer; declines reach `onPaymentFailed`.
   */
  chargeDueInstalments(): Promise<AutopayRun>;
  /**
   * Reports `journey.abandoned` now for every session that ended without an outcome. A
   * background timer does it every 30 s (off with `delivery.sweepMs: 0`); returns how many.
   */
  reportAbandonedJourneys(): Promise<number>;
}

/**
 * Creates the Settle server SDK for one creditor.
 *
 * @example
 * const settle = await createSettle({
 *   keys: [{ kid: '2026-11', alg: 'HS256', secret: process.env.SETTLE_SECRET! }],
 *   issuer: 'acme', audience: 'https://pay.acme.example/settle', basePath: '/settle',
 *   backend: { getClaim: (id) => db.claims.find(id) },
 * });
 */
export async function createSettle(input: SettleOptions): Promise<Settle> {
  const options = resolveOptions(input);
  const keys = await KeyRing.create(options.keys);
  const tokens = new TokenService(keys, { issuer: options.issuer, audience: options.audience, now: options.now });
  const effects = new EffectDispatcher({
    store: options.store,
    hooks: options.backend,
    logger: options.logger,
    now: options.now,
    ...options.delivery,
    onRecorded: (event) => noteOutcome(options.store, event),
  });
  const context: SettleContext = { options, tokens, effects };
  effects.start();
  const abandonment = watchAbandonedJourneys(context);

  const router = new Router();
  registerSessionRoutes(router, context);
  registerClaimRoutes(router, context);
  registerJourneyRoutes(router, context);
  registerQuizRoutes(router, context);
  registerOfferRoutes(router, context);
  registerPlanRoutes(router, context);
  const payments = new PaymentProviders(options.providers, { store: options.store, now: options.now, logger: options.logger });
  registerPaymentRoutes(router, context, payments);
  registerWebhookRoutes(router, context, payments);
  registerIdentityRoutes(router, context);
  registerDisputeRoutes(router, context);
  registerContactRoutes(router, context);
  registerFeedbackRoutes(router, context);
  registerReactionRoutes(router, context);

  return {
    async createLinkToken({ claimId, expiresIn = options.linkTokenTtlSeconds, locale, channel, phase }) {
      // A link naming a channel or phase no session accepts would open for nobody: refuse it here.
      if (channel !== undefined && !LINK_CHANNELS.includes(channel)) throw new TypeError(`createLinkToken: channel must be one of ${LINK_CHANNELS.join(', ')}`);
      if (phase !== undefined && !COLLECTION_PHASES.includes(phase)) throw new TypeError(`createLinkToken: phase must be one of ${COLLECTION_PHASES.join(', ')}`);
      const iat = Math.floor(options.now() / 1000);
      return tokens.sign('link', {
        sub: claimId,
        jti: `lnk_${crypto.randomUUID().replaceAll('-', '')}`,
        iat,
        exp: iat + expiresIn,
        ...(locale ? { locale } : {}),
        ...(channel ? { ch: channel } : {}),
        ...(phase ? { ph: phase } : {}),
      });
    },
    async createSessionToken({ claimId, locale, identityVerified = true }) {
      const session = await issueSession(context, { claimId, locale, identityVerified });
      return session.sessionToken;
    },
    handle: createHandler(router, context),
    reconcile: () => effects.reconcile(),
    drain: () => effects.drain(),
    async close() {
      clearInterval(abandonment);
      await effects.close();
    },
    chargeDueInstalments: () => chargeDueInstalments(context, payments),
    reportAbandonedJourneys: () => reportAbandonedJourneys(context),
  };
}

const ABANDONMENT_SWEEP_MS = 30_000;

/** Looks for ended sessions in the background; its timer never keeps a process alive on its own. */
function watchAbandonedJourneys(context: SettleContext): ReturnType<typeof setInterval> | undefined {
  if (context.options.delivery.sweepMs === 0) return undefined;
  const timer = setInterval(() => {
    reportAbandonedJourneys(context).catch((error: unknown) => context.options.logger.error('abandoned-journey sweep failed; the next one tries again', { error: String(error) }));
  }, ABANDONMENT_SWEEP_MS);
  timer.unref?.();
  return timer;
}
