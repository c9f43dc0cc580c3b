import type { PaymentResponse } from '@settle/protocol';
import { authenticate, requireClaimAccess } from '../auth.js';
import { loadClaim } from '../claims.js';
import { bankAccountOf, claimSettingsFor } from '../claim-settings/claim-settings.js';
import type { SettleContext } from '../context.js';
import { SettleError } from '../errors.js';
import type { IncomingRequest } from '../http/incoming.js';
import { readBody } from '../http/request-body.js';
import { json } from '../http/responses.js';
import type { Router } from '../http/router.js';
import { createPayment } from '../payments/create-payment.js';
import type { PaymentProviders } from '../payments/providers.js';
import { providerErrorSummary } from '../payments/provider-errors.js';
import { loadRecord, toPayment, type PaymentRecord } from '../payments/records.js';
import { applyProviderReport } from '../payments/settlement.js';
import type { SessionTokenClaims } from '@settle/protocol';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{8,200}$/;
/** Provider status look-ups per payment and minute; webhooks keep the record current in between. */
const LOOKUPS_PER_MINUTE = 10;

/**
 * Payment routes. The debtor chooses what to pay and with which provider; the server
 * computes the amount, creates the provider payment, and believes "paid" only from the
 * provider (a server-side fetch here, or a verified webhook in webhooks.ts).
 */
export function registerPaymentRoutes(router: Router, context: SettleContext, payments: PaymentProviders): void {
  // Registered before /payments/:paymentId so "config" is never read as a payment id.
  router.add('paymentsConfig', async (request) => {
    const session = await authorizedSession(request, context);
    const claim = await loadClaim(context, session.sub);
    return json(payments.checkoutConfig(claim, bankAccountOf(context, await claimSettingsFor(context, claim), claim)));
  });

  router.add('payments', async (request) => {
    const session = await authorizedSession(request, context);
    const key = request.headers.get('idempotency-key') ?? '';
    if (!IDEMPOTENCY_KEY.test(key)) {
      throw new SettleError('bad_request', 'Send an Idempotency-Key header (8-200 letters, digits, "_", "-", ".", ":"), one per checkout attempt.');
    }
    const body = await readBody(request, 'payments', context.options.maxBodyBytes);
    const { record, created } = await createPayment(context, payments, { claimId: session.sub, idempotencyKey: key, request: body });
    return json({ payment: toPayment(record) } satisfies PaymentResponse, created ? 201 : 200);
  });

  router.add('payment', async (request, params) => {
    const session = await authorizedSession(request, context);
    return json({ payment: toPayment(await ownRecord(context, session, params.paymentId)) } satisfies PaymentResponse);
  });

  // The browser says "done"; the answer comes from the provider, fetched server-side.
  router.add('paymentConfirm', async (request, params) => {
    const session = await authorizedSession(request, context);
    const record = await ownRecord(context, session, params.paymentId);
    if (record.status === 'creating' || !record.reference) throw new SettleError('payment_in_progress', 'This payment is still being set up. Please try again in a moment.');
    // A canceled checkout stays canceled (PayPal: never captured); a debtor's repeated
    // confirmations are answered from the record once the provider was asked often enough.
    if (record.status !== 'succeeded' && record.status !== 'canceled' && (await mayAskProvider(context, record.id))) {
      const provider = payments.get(record.provider);
      const observed = await provider.fetchPayment(record.reference, { idempotencyKey: record.idempotencyKey }).catch((error: unknown) => {
        context.options.logger.error(`${provider.name} could not report a payment's status`, { paymentId: record.id, ...providerErrorSummary(error) });
        throw error;
      });
      await applyProviderReport(context, provider, observed, 'fetch');
    }
    const current = (await loadRecord(context.options.store, record.id)) ?? record;
    return json({ payment: toPayment(current) } satisfies PaymentResponse);
  });

  router.add('sandboxAuthorize', async (request, params) => {
    const sandbox = payments.sandbox;
    if (!sandbox) throw new SettleError('not_found', 'Not found.');
    const body = await readBody(request, 'sandboxAuthorize', context.options.maxBodyBytes);
    return json(await sandbox.authorize(params.reference ?? '', body));
  });
}

async function mayAskProvider(context: SettleContext, paymentId: string): Promise<boolean> {
  return (await context.options.store.increment(`payment-lookups:${paymentId}`, 60_000)) <= LOOKUPS_PER_MINUTE;
}

async function authorizedSession(request: IncomingRequest, context: SettleContext): Promise<SessionTokenClaims> {
  const session = await authenticate(request, context);
  requireClaimAccess(session, session.sub);
  return session;
}

/** A payment of the session's own claim; any other answers 404, so ids cannot be probed. */
async function ownRecord(context: SettleContext, session: SessionTokenClaims, paymentId: string | undefined): Promise<PaymentRecord> {
  const record = paymentId ? await loadRecord(context.options.store, paymentId) : null;
  if (!record || record.claimId !== session.sub) throw new SettleError('not_found', 'There is no such payment.');
  return record;
}
