import type { Presentation } from '@settle/protocol';

/**
 * An element applied the claim's presentation from the session (brand, colour scheme,
 * locale, texts): a page that painted a brand before the exchange confirms or replaces it.
 */
export class SettlePresentationEvent extends CustomEvent<Presentation> {
  constructor(detail: Presentation) {
    super('settle-presentation', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'settle-presentation': SettlePresentationEvent;
  }
}
