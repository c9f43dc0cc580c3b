import type { JourneyConfig } from '@settle/protocol';
import { journeyCheck } from '../../api/checks/journey.js';
import type { Session } from '../../core/sessions.js';

/**
 * The creditor's journey (quiz, support channels, satisfaction scale) for the session's
 * claim. Remembered per session, so the quiz, the forms and the survey on one page ask
 * the server once; a failed load is forgotten so a retry asks again.
 */
const journeys = new WeakMap<Session, Promise<JourneyConfig>>();

export function loadJourney(session: Session, signal?: AbortSignal): Promise<JourneyConfig> {
  let pending = journeys.get(session);
  if (!pending) {
    // Not tied to one element's signal: another element may be waiting for the same answer.
    pending = session.client.call('journey', undefined, { check: journeyCheck }).then((response) => response.journey);
    const settled = pending;
    settled.catch(() => {
      if (journeys.get(session) === settled) journeys.delete(session);
    });
    journeys.set(session, pending);
  }
  return signal ? abortable(pending, signal) : pending;
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  signal.throwIfAborted();
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
