import type { Claim, SessionResponse } from '@settle/protocol';
import type { ClaimAnswer } from '../api/checks/session.js';
import { ApiClient } from '../api/client.js';

export interface Session {
  client: ApiClient;
  session: SessionResponse;
}

const sessions = new Map<string, Promise<Session>>();

/** The claim (and its outcome) an exchange answered with, per session, until its first read takes it. */
const unreadClaims = new WeakMap<Session, ClaimAnswer>();

/**
 * One session per API and token on a page: several elements opened from the same link
 * share a single exchange instead of each spending the link. Failed exchanges are
 * forgotten so a retry asks the server again. The exchange is not tied to any one
 * element's AbortSignal, since another element may be waiting for it too.
 */
export function openSession(api: string, token: string): Promise<Session> {
  const key = `${api}\u0000${token}`;
  let pending = sessions.get(key);
  if (!pending) {
    const client = new ApiClient({ api });
    pending = client.startSession(token).then(({ claim, outcome, ...session }) => {
      // The claim is kept apart, so nothing reads it but the first readClaim.
      const opened = { client, session };
      if (claim) unreadClaims.set(opened, { claim, outcome });
      return opened;
    });
    const settled = pending;
    settled.catch(() => {
      if (sessions.get(key) === settled) sessions.delete(key);
    });
    sessions.set(key, pending);
  }
  return pending;
}

/**
 * The session's claim: the one its exchange answered with, for the first read only (the
 * first screen then needs no second request); every later read asks the server, so it
 * sees what the debtor changed since (a plan, a payment, a dispute).
 */
export async function readClaim(session: Session, signal?: AbortSignal): Promise<Claim> {
  return (await readClaimAnswer(session, signal)).claim;
}

/** The same, with the server's outcome for the claim. */
export function readClaimAnswer(session: Session, signal?: AbortSignal): Promise<ClaimAnswer> {
  const answer = unreadClaims.get(session);
  if (!answer) return session.client.getClaimAnswer(signal);
  unreadClaims.delete(session);
  return Promise.resolve(answer);
}

/**
 * Hands a claim just read on to the next read of the same session: a composing element
 * (the flow) that read it to choose the first step lets that step show it without asking again.
 */
export function handOnClaim(session: Session, answer: ClaimAnswer): void {
  unreadClaims.set(session, answer);
}

/**
 * Makes an already open session the one `openSession(api, token)` answers, so elements
 * given `token` (e.g. by `<settle-flow>`) join it instead of asking the server again.
 */
export function shareSession(api: string, token: string, session: Session): void {
  sessions.set(`${api}\u0000${token}`, Promise.resolve(session));
}

/** Drops every shared session (tests; or when the page signs the debtor out). */
export function closeSessions(): void {
  sessions.clear();
}
