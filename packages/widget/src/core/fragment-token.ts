let taken: string | undefined;

/**
 * Reads the link token from `#t=...` once, then removes it from the address bar and
 * history, since any script on the page could read it there. Later callers (several
 * elements on one page) get the remembered value.
 */
export function takeFragmentToken(location: Location = window.location, history: History = window.history): string | undefined {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  const token = params.get('t');
  if (token) {
    taken = token;
    params.delete('t');
    const rest = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`);
  }
  return taken;
}

/** Forgets a remembered fragment token (tests, or after the session ended). */
export function forgetFragmentToken(): void {
  taken = undefined;
}
