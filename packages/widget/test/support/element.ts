import { closeSessions } from '../../src/core/sessions.js';
import { forgetFragmentToken } from '../../src/core/fragment-token.js';

/** Clears page-wide state between tests: shared sessions and a remembered fragment token. */
export function resetSettleState(): void {
  closeSessions();
  forgetFragmentToken();
}

/** Text of every node matching `selector` in the element's shadow root, whitespace collapsed. */
export function shadowText(element: Element, selector: string): string {
  const nodes = element.shadowRoot?.querySelectorAll(selector) ?? [];
  return Array.from(nodes, (node) => node.textContent?.replace(/\s+/g, ' ').trim() ?? '').join(' | ');
}
