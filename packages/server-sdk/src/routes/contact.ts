import type { ContactRequest, ContactResponse } from '@settle/protocol';
import { authenticate, requireClaimAccess } from '../auth.js';
import { claimSettingsFor, supportOf } from '../claim-settings/claim-settings.js';
import { loadClaim } from '../claims.js';
import type { SettleContext } from '../context.js';
import { recordSubmission, submissionEventId, submissionKey } from '../effects/request-effect.js';
import { SettleError } from '../errors.js';
import { readBody } from '../http/request-body.js';
import { json } from '../http/responses.js';
import type { Router } from '../http/router.js';
import { admitSubmission } from '../outcome/claim-limits.js';
import { noteContact } from '../outcome/claim-record.js';
import { withinCallbackHours } from '../support/callback-hours.js';
import { humanRouteFor } from '../support/human-route.js';

/**
 * POST /contact-requests: "talk to a person", by phone, email, chat or callback, in the
 * debtor's preferred hours. Hardship and vulnerability travel with it so nobody has to
 * repeat their story (FCA FG21/1); health details only with explicit consent. A hardship
 * request holds autopay. A few new requests per claim and day; retries are not counted.
 */
export function registerContactRoutes(router: Router, context: SettleContext): void {
  router.add('contactRequests', async (request) => {
    const session = await authenticate(request, context);
    requireClaimAccess(session, session.sub);
    const key = submissionKey(request, session);
    const contact = await readBody(request, 'contactRequests', context.options.maxBodyBytes);
    const vulnerability = contact.vulnerability;
    if (vulnerability?.involvesHealth && vulnerability.healthConsent !== true) {
      throw new SettleError('consent_required', 'Health information is only recorded with your explicit consent.');
    }
    await offeredByClaim(context, session.sub, contact);
    await admitSubmission(context, 'contact', session.sub, submissionEventId('contact.requested', session.sub, key));
    const recorded = await recordSubmission(
      context,
      {
        type: 'contact.requested',
        claimId: session.sub,
        key,
        field: 'contact',
        submission: { ...contact, hardship: contact.hardship ?? false },
        facts: { needsCare: Boolean(contact.hardship || vulnerability) },
      },
      'CON',
    );
    await noteContact(context.options.store, session.sub, { since: recorded.receivedAt, reference: recorded.reference }, contact.hardship ?? false);
    const body: ContactResponse = { reference: recorded.reference, receivedAt: recorded.receivedAt, support: await humanRouteFor(context, session.sub) };
    return json(body, 202);
  });
}

/** Chat only where the claim's support has one; a callback only inside its callback hours. */
async function offeredByClaim(context: SettleContext, claimId: string, contact: ContactRequest): Promise<void> {
  const support = supportOf(context, await claimSettingsFor(context, await loadClaim(context, claimId)));
  if (contact.channel === 'chat' && !support.chatUrl) {
    throw new SettleError('contact_unavailable', 'This creditor offers no chat. Please choose phone, callback or email.');
  }
  const hours = support.callbackHours;
  if (contact.channel === 'callback' && hours && contact.preferredTime && !withinCallbackHours(contact.preferredTime, hours, new Date(context.options.now()))) {
    throw new SettleError('contact_unavailable', `Callbacks are only possible within the creditor's callback hours (${hours.timeZone}).`);
  }
}
