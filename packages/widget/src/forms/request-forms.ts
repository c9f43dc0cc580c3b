/**
 * Forms that open when another element asks (`settle-dispute-request`,
 * `settle-contact-request`): the dispute and the contact form share these rules.
 */

/**
 * Takes a request event unless the page already handled it or it is about another
 * claim; taking it marks it handled, so only one form opens.
 */
export function takeRequest(event: Event & { detail: { claimId?: string | undefined } }, claimId: string | undefined): boolean {
  if (event.defaultPrevented) return false;
  if (claimId && event.detail.claimId && event.detail.claimId !== claimId) return false;
  event.preventDefault();
  return true;
}

/** Focuses the form's heading and scrolls it to the top: the form may open far from where the debtor was. */
export function revealHeading(root: ParentNode): void {
  const heading = root.querySelector<HTMLElement>('[data-focus-target]');
  heading?.focus();
  heading?.scrollIntoView?.({ block: 'start' });
}
