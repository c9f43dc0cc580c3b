import type { Presentation } from '@settle/protocol';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FIRST_SCREEN_ELEMENTS, type TextScope } from './first-screen.js';
import { isLocaleLoaded, loadLocale, translator, type Tone, type Translate } from './i18n.js';
import { localeCandidates, resolveLocale } from './resolve-locale.js';

export interface LocaleHost extends ReactiveControllerHost, HTMLElement {
  locale: string | undefined;
  tone: Tone;
  /** The claim's presentation, once the session brought it: its locale and texts are defaults. */
  presentation?: Presentation | undefined;
}

/**
 * Resolves an element's locale (attribute, then page, then browser), loads that
 * language's texts on demand and hands out `t` for the current locale and tone.
 */
export class LocaleController implements ReactiveController {
  /** The resolved BCP 47 tag, e.g. `de-AT`; used for Intl formatting too. */
  locale = 'en';
  t: Translate = (key) => key;
  ready = false;
  /** The texts could not be loaded (e.g. the chunk failed on a flaky network). */
  failed = false;
  private key = '';
  private presentation: Presentation | undefined;
  /** The `lang` this controller put on its host, which is not the page's. */
  private ownLang: string | undefined;

  constructor(private readonly host: LocaleHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdate(): void {
    this.sync();
  }

  private sync(): void {
    const presentation = this.host.presentation;
    const locale = resolveLocale(localeCandidates(this.host, this.host.locale, this.ownLang, presentation?.locale));
    const tone = this.host.tone;
    const key = `${locale}|${tone}`;
    if (key === this.key && presentation === this.presentation) return;
    this.key = key;
    this.presentation = presentation;
    this.locale = locale;
    const scope: TextScope = FIRST_SCREEN_ELEMENTS.has(this.host.localName) ? 'first-screen' : 'all';
    if (isLocaleLoaded(locale, scope, tone)) {
      this.use(locale, tone);
      return;
    }
    this.ready = false;
    this.failed = false;
    loadLocale(locale, scope, tone)
      .then(() => {
        if (this.key !== key) return;
        this.use(locale, tone);
        this.host.requestUpdate();
      })
      .catch((error: unknown) => {
        if (this.key !== key) return;
        console.error(`Settle could not load texts for ${locale}.`, error);
        this.failed = true;
        this.host.requestUpdate();
      });
  }

  /** Tries loading the texts again, after a failure. */
  retry(): void {
    this.key = '';
    this.sync();
    this.host.requestUpdate();
  }

  private use(locale: string, tone: Tone): void {
    this.t = translator(locale, tone, this.presentation?.texts);
    this.ready = true;
    // Screen readers and hyphenation read the language from `lang`, inside the shadow
    // root too; a `lang` the page put on the element itself stays.
    const lang = this.host.getAttribute('lang');
    if (lang === null || lang === this.ownLang) {
      this.ownLang = locale;
      this.host.setAttribute('lang', locale);
    }
  }
}
