/**
 * Registers a custom element, warning instead of throwing when the tag is taken (for
 * example when two versions of Settle end up on one page), so the page keeps working.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== element) console.warn(`<${tag}> is already defined by another script; keeping that definition.`);
    return;
  }
  customElements.define(tag, element);
}
