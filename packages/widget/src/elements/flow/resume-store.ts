import { readPlace, type FlowPlace } from './steps.js';

/**
 * What a reload needs to resume: the session token (never the link token, which is gone
 * from the address bar by then) and the debtor's place. Kept in sessionStorage, which
 * ends with the tab, per API and claim; the API entry names the claim last opened.
 */
export interface Resume {
  claimId: string;
  sessionToken: string;
  place: FlowPlace;
}

const PREFIX = 'settle-flow';

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    // Storage can be blocked (privacy settings, sandboxed frames): then a reload starts over.
    return undefined;
  }
}

export function loadResume(api: string): Resume | undefined {
  const store = storage();
  const claimId = store?.getItem(`${PREFIX}:${api}`);
  if (!store || !claimId) return undefined;
  try {
    const saved = JSON.parse(store.getItem(`${PREFIX}:${api}:${claimId}`) ?? 'null') as { sessionToken?: unknown; place?: unknown } | null;
    const place = readPlace(saved?.place);
    if (!place || typeof saved?.sessionToken !== 'string') return undefined;
    return { claimId, sessionToken: saved.sessionToken, place };
  } catch {
    return undefined;
  }
}

export function saveResume(api: string, resume: Resume): void {
  const store = storage();
  try {
    store?.setItem(`${PREFIX}:${api}`, resume.claimId);
    store?.setItem(`${PREFIX}:${api}:${resume.claimId}`, JSON.stringify({ sessionToken: resume.sessionToken, place: resume.place }));
  } catch {
    // Full or blocked storage only costs the resume after a reload.
  }
}

export function clearResume(api: string): void {
  const store = storage();
  const claimId = store?.getItem(`${PREFIX}:${api}`);
  try {
    if (claimId) store?.removeItem(`${PREFIX}:${api}:${claimId}`);
    store?.removeItem(`${PREFIX}:${api}`);
  } catch {
    // Nothing to do.
  }
}
