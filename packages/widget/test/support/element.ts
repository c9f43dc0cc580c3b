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
  // biome-ignore lint/performance/useDomNodeTextContent: rendered text is the point: hidden parts must not count
  return Array.from(nodes, (node) => collapse(node.innerText)).join(' | ');
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Waits until every finite animation on the page has ended, shadow trees included (each
 * root keeps its own), so an accessibility check sees final colours, not a fading frame.
 */
export async function animationsFinished(): Promise<void> {
  const roots: (Document | ShadowRoot)[] = [document];
  for (let index = 0; index < roots.length; index += 1) {
    for (const element of (roots[index] as Document | ShadowRoot).querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
  }
  const finite = roots.flatMap((root) => root.getAnimations()).filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity);
  await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
}

/**
 * Controls in the element's shadow root smaller than `minimum` px either way (WCAG 2.5.8
 * asks 24 px), described for the failure message. Links inside running text are exempt,
 * as the criterion allows; a hidden control has no box and is skipped.
 */
export function smallTargets(element: Element, minimum = 24): string[] {
  const controls = element.shadowRoot?.querySelectorAll<HTMLElement>('button, input:not([type="radio"]):not([type="checkbox"]), select, textarea, label:has(input), a:not(p a, li a)') ?? [];
  return Array.from(controls)
    .map((control) => ({ control, box: control.getBoundingClientRect() }))
    .filter(({ box }) => box.width > 0 && (box.width < minimum || box.height < minimum))
    .map(({ control, box }) => `${control.outerHTML.slice(0, 70)} is ${Math.round(box.width)}×${Math.round(box.height)}`);
}
