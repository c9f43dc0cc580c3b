import type { SessionResponse } from '@settle/protocol';
import { ApiClient } from '../api/client.js';

export interface Session {
  client: ApiClient;
  session: SessionResponse;
}

const sessions = new Map<string, Promise<Session>>();

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
    pending = client.startSession(token).then((session) => ({ client, session }));
    const settled = pending;
    settled.catch(() => {
      if (sessions.get(key) === settled) sessions.delete(key);
    });
    sessions.set(key, pending);
  }
  return pending;
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
