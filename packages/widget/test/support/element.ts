import { closeSessions } from '../../src/core/sessions.js';
import { forgetFragmentToken } from '../../src/core/fragment-token.js';

/** Clears page-wide state between tests: shared sessions and a remembered fragment token. */
export function resetSettleState(): void {
  closeSessions();
  forgetFragmentToken();
}

/** Rendered text of every node matching `selector` in the element's shadow root, whitespace (incl. no-break spaces) collapsed. */
export function shadowText(element: Element, selector: string): string {
  const nodes = element.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? [];
  return Array.from(nodes, (node) => collapse(node.innerText)).join(' | ');
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
