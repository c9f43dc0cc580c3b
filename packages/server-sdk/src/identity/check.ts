import type { IdentityAnswers, IdentityField, SessionTokenClaims } from '@settle/protocol';
import type { SettleContext } from '../context.js';
import { withTimeout } from '../effects/timeout.js';
import { SettleError } from '../errors.js';
import { humanRouteFor } from '../support/human-route.js';
import { IdentityAttempts } from './attempts.js';

/** One answer for every wrong field, so an attacker learns nothing about which one was wrong. */
const WRONG = 'These details do not match our records. Please check them and try again.';
const LOCKED = 'Too many attempts. Please contact us so a person can help you.';

/**
 * Asks the creditor's `verifyIdentity` once per attempt, counting the attempt before
 * asking. Resolves when the answers match; otherwise throws `identity_failed` or, once
 * the link or claim is out of attempts, `identity_locked` with the creditor's support
 * channels. The caller pads the answer time.
 */
export async function checkIdentity(context: SettleContext, session: SessionTokenClaims, answers: IdentityAnswers): Promise<void> {
  const { options } = context;
  const verify = options.backend.verifyIdentity;
  if (!verify) {
    // Only a claim's own settings can ask without a verifier: start-up refuses the instance-wide option.
    options.logger.error('claimSettings(claim) asks for the identity check, but there is no backend.verifyIdentity', { claimId: session.sub });
    throw new SettleError('backend_failed', 'The creditor’s identity check is misconfigured. Please contact them.');
  }
  const locked = async () => new SettleError('identity_locked', LOCKED, { humanRoute: await humanRouteFor(context, session.sub) });

  const attempts = new IdentityAttempts(options.store, {
    maxFailuresPerLink: options.identity.maxFailuresPerLink,
    maxFailuresPerClaim: options.identity.maxFailuresPerClaim,
    linkWindowMs: options.linkTokenTtlSeconds * 1000,
    claimWindowMs: options.identity.claimWindowMs,
  });
  const reservation = await attempts.reserve({ linkKey: session.lnk ?? `session:${session.sid}`, claimId: session.sub });
  if (!reservation) throw await locked();

  let matches: boolean;
  try {
    matches = (await withTimeout(() => verify.call(options.backend, session.sub, answers), options.identity.timeoutMs, 'backend.verifyIdentity')) === true;
  } catch (error) {
    // Not the debtor's fault: the attempt does not count.
    await reservation.release();
    options.logger.error('backend.verifyIdentity failed', { claimId: session.sub, error: error instanceof Error ? error.message : String(error) });
    throw new SettleError('backend_failed', 'We could not check your details just now. Please try again shortly.', { cause: error });
  }
  if (matches) {
    await reservation.release();
    return;
  }
  if (reservation.isLast) throw await locked();
  throw new SettleError('identity_failed', WRONG);
}

/** Only the fields the claim asks for reach the creditor's backend; missing ones are a client error. */
export function pickAnswers(fields: readonly IdentityField[], answers: IdentityAnswers): IdentityAnswers {
  const picked: IdentityAnswers = {};
  for (const field of fields) {
    const value = answers[field];
    if (value === undefined) throw new SettleError('bad_request', `Invalid request: answers.${field}: is required`);
    picked[field] = value;
  }
  return picked;
}
