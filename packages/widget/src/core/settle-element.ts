import { LitElement, nothing, type CSSResultGroup, type CSSResultOrNative, type PropertyDeclarations } from 'lit';
import type { Presentation } from '@settle/protocol';
import type { Tone } from '../i18n/i18n.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { base, controls } from '../theme/base.js';
import { renderTextsFailed } from './texts-failed.js';
import { tokens } from '../theme/tokens.js';

/**
 * The base of every Settle element: the shared attributes, the locale and tone, one
 * persistent live region, and the theme's tokens and base styles. Subclasses implement
 * `renderContent()`, which runs once the texts for the locale are loaded.
 */
export abstract class SettleElement extends LitElement {
  static override properties: PropertyDeclarations = {
    api: { type: String },
    token: { type: String },
    tokenFrom: { type: String, attribute: 'token-from' },
    locale: { type: String },
    tone: { type: String },
  };

  /** Base URL of the creditor's Settle endpoint (http or https). */
  declare api: string | undefined;
  /** A link or session token. Prefer `token-from="fragment"` for emailed links. */
  declare token: string | undefined;
  /** `fragment`: read the token from the page's `#t=` and remove it from the address bar. */
  declare tokenFrom: 'fragment' | undefined;
  /** BCP 47 locale such as `de` or `de-AT`; defaults to the page's `lang`, then the browser. */
  declare locale: string | undefined;
  /** `empathetic` (default), `neutral`, `formal`, or `easy` (Leichte Sprache / plain English). */
  declare tone: Tone;
  /** The claim's presentation from the session, once open: its brand, and its locale and texts as defaults. */
  declare presentation: Presentation | undefined;

  protected readonly i18n = new LocaleController(this);
  private liveRegion: HTMLElement | undefined;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.tone = 'empathetic';
  }

  /** Every element gets the tokens and base styles first; its own styles follow. */
  protected static override finalizeStyles(styles?: CSSResultGroup): CSSResultOrNative[] {
    // biome-ignore lint/complexity/noThisInStatic: an override calls the inherited static through super, as Lit documents
    return super.finalizeStyles([tokens, base, controls, styles ?? []]);
  }

  /**
   * The live region is created once, outside Lit's template, so it is never replaced:
   * screen readers only announce changes to a region that already existed.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    const region = document.createElement('div');
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    region.setAttribute('part', 'live-region');
    region.className = 'visually-hidden';
    root.appendChild(region);
    this.liveRegion = region;
    return root;
  }

  /** Says `text` through the element's live region (also when it repeats the last message). */
  announce(text: string): void {
    const region = this.liveRegion;
    if (!region) return;
    region.textContent = '';
    // Setting the text in a later task makes repeated messages speak again. Not
    // requestAnimationFrame: it pauses in background tabs.
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      region.textContent = text;
    }, 50);
  }

  /** The resolved locale (e.g. `de-AT`), for Intl formatting. */
  get resolvedLocale(): string {
    return this.i18n.locale;
  }

  protected override render(): unknown {
    if (this.i18n.ready) return this.renderContent();
    return this.i18n.failed ? renderTextsFailed(() => this.i18n.retry()) : nothing;
  }

  protected abstract renderContent(): unknown;
}
