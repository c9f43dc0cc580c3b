import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { ROUTES, type Claim } from '@settle/protocol';
import { http, HttpResponse } from 'msw';
import { germanClaim, usClaim } from '../../../../../tests/fixtures/claims.js';
import { claimApi, TEST_API, useApi, type ApiCalls } from '../../../test/support/api-mock.js';
import { resetSettleState, shadowText } from '../../../test/support/element.js';
import type { SettleClaimSummary } from './claim-summary.js';
import { CFPB_URL } from './sections/jurisdiction-us.js';
import './define.js';

type Attributes = { locale?: string; tone?: string; logo?: string; helpUrl?: string; token?: string };

async function summary(attributes: Attributes = {}): Promise<SettleClaimSummary> {
  return fixture<SettleClaimSummary>(html`<settle-claim-summary
    api=${TEST_API}
    token=${attributes.token ?? 'link-token'}
    locale=${attributes.locale ?? 'en'}
    tone=${attributes.tone ?? 'empathetic'}
    logo=${attributes.logo ?? ''}
    help-url=${attributes.helpUrl ?? ''}
  ></settle-claim-summary>`);
}

async function settled(element: SettleClaimSummary, status: 'complete' | 'error' = 'complete'): Promise<void> {
  await waitUntil(() => element.claim.status === status && element.shadowRoot?.querySelector('[part~="base"]:not([aria-busy])'), `claim summary reaches ${status}`);
  await element.updateComplete;
}

async function loaded(claim: Claim, attributes: Attributes = {}): Promise<SettleClaimSummary> {
  await useApi(...claimApi({ claim }));
  const element = await summary(attributes);
  await settled(element);
  return element;
}

function part(element: SettleClaimSummary, name: string): HTMLElement | null {
  return element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

function liveRegion(element: SettleClaimSummary): HTMLElement {
  return part(element, 'live-region')!;
}

/** A yen claim: no minor digits at all. */
function yenClaim(): Claim {
  return germanClaim({
    id: 'clm_jp_1',
    jurisdiction: 'generic',
    currency: 'JPY',
    collectionAgency: undefined,
    lines: [
      { kind: 'principal', label: 'Invoice 17', amount: { amount: 4000, currency: 'JPY' } },
      { kind: 'fee', label: 'Reminder fee', amount: { amount: 250, currency: 'JPY' }, basis: 'Terms § 9' },
    ],
    total: { amount: 4250, currency: 'JPY' },
  });
}

describe('<settle-claim-summary>', () => {
  beforeEach(resetSettleState);

  describe('states', () => {
    it('shows a busy loading state while the claim is on its way, and it passes axe', async () => {
      await useApi(...claimApi({ claim: germanClaim(), delayMs: 'infinite' }));
      const element = await summary();
      await waitUntil(() => part(element, 'loading'), 'loading state renders');
      expect(part(element, 'loading')!.getAttribute('aria-busy')).to.equal('true');
      expect(shadowText(element, '[part~="loading"]')).to.equal('Loading your claim…');
      await expect(element).to.be.accessible();
    });

    it('shows a translated error with a retry, fires settle-error, and passes axe', async () => {
      await useApi(...claimApi({ claim: germanClaim(), claimError: { code: 'backend_failed', status: 502 } }));
      const errorEvent = new Promise<CustomEvent>((resolve) => document.addEventListener('settle-error', resolve as EventListener, { once: true }));
      const element = await summary({ locale: 'de' });
      await settled(element, 'error');
      expect(shadowText(element, '[part~="error"]')).to.contain('Bei uns ist etwas schiefgelaufen');
      expect(shadowText(element, '[part~="retry-button"]')).to.equal('Erneut versuchen');
      expect((await errorEvent).detail).to.include({ code: 'backend_failed', retryable: true });
      await expect(element).to.be.accessible();
    });

    it('never shows the server message or a stack trace in the error state', async () => {
      await useApi(...claimApi({ claim: germanClaim(), sessionError: { code: 'token_expired', status: 401 } }));
      const element = await summary();
      await settled(element, 'error');
      expect(shadowText(element, '[part~="error"]')).to.contain('This link is no longer valid');
      expect(shadowText(element, '[part~="error"]')).not.to.contain('test error');
    });

    it('loads the claim on retry after an error and moves focus to the title', async () => {
      const mock = await useApi(...claimApi({ claim: germanClaim(), claimError: { code: 'internal', status: 500 } }));
      const element = await summary();
      await settled(element, 'error');
      mock.resetHandlers(...claimApi({ claim: germanClaim() }));
      part(element, 'retry-button')!.click();
      await settled(element);
      expect(shadowText(element, '[part~="total"]')).to.equal('€128.37');
      expect(element.shadowRoot!.activeElement).to.equal(part(element, 'title'));
    });

    it('shows the loaded German claim with every part, fires settle-ready, and passes axe', async () => {
      await useApi(...claimApi({ claim: germanClaim() }));
      const element = await summary({ locale: 'de' });
      const ready = await oneEvent(element, 'settle-ready');
      await settled(element);
      expect(ready.detail).to.deep.equal({ claimId: 'clm_de_1001' });
      expect(shadowText(element, '[part~="title"]')).to.equal('Ihr offener Betrag bei Stadtwerke Beispielstadt GmbH');
      expect(shadowText(element, '[part~="total"]')).to.equal('128,37 €');
      expect(shadowText(element, '[part~="due-date"]')).to.equal('Bitte zahlen Sie bis zum 7. Dezember 2026.');
      await expect(element).to.be.accessible();
    });

    it('shows title, amount and the decision slot first, and the sections under them from the next frame, moving nothing above', async () => {
      await useApi(...claimApi({ claim: germanClaim() }));
      const element = await summary({ locale: 'de' });
      let first: { parts: string[]; total: DOMRect | undefined } | undefined;
      element.addEventListener('settle-ready', () => {
        const names = ['title', 'total', 'due-date', 'itemization-table', 'parties', 'actions'];
        first = { parts: names.filter((name) => part(element, name)), total: part(element, 'total')?.getBoundingClientRect() };
      });
      await settled(element);
      expect(first?.parts, 'settle-ready: what a debtor decides on is there, the rest is not yet').to.deep.equal(['title', 'total', 'due-date']);
      expect(element.shadowRoot!.querySelector('slot[name="decision"]')).to.not.equal(null);
      // updateComplete waits for the sections that follow the first frame.
      for (const name of ['itemization-table', 'parties', 'actions']) expect(part(element, name), name).to.not.equal(null);
      expect(part(element, 'total')?.getBoundingClientRect().toJSON()).to.deep.equal(first?.total?.toJSON());
    });

    it('announces the loaded claim through the same live region it had while loading', async () => {
      await useApi(...claimApi({ claim: germanClaim(), delayMs: 50 }));
      const element = await summary();
      const region = liveRegion(element);
      await settled(element);
      await waitUntil(() => region.textContent !== '', 'announcement');
      expect(liveRegion(element)).to.equal(region);
      expect(region.textContent).to.equal('Claim from Stadtwerke Beispielstadt GmbH loaded. Amount due: €128.37.');
    });
  });

  describe('itemization', () => {
    it('lists principal, interest with rate and period, collection costs with basis and VAT note, and payments with dates', async () => {
      const element = await loaded(germanClaim(), { locale: 'en' });
      expect(shadowText(element, '[part~="line-principal"]')).to.equal('Principal Offene Stromrechnung August 2026 Dated 31 August 2026 €120.00');
      expect(shadowText(element, '[part~="line-interest"]')).to.equal('Interest Verzugszinsen 9.12% a year, from 15 September 2026 to 14 October 2026 €0.87');
      expect(shadowText(element, '[part~="line-collection-cost"]')).to.contain('Basis: Gebühr nach § 13e RDG i. V. m. Nr. 2300 VV RVG');
      expect(shadowText(element, '[part~="line-collection-cost"]')).to.contain('Includes VAT, because the creditor cannot reclaim it as input tax.');
      expect(shadowText(element, '[part~="line-payment"]')).to.equal('Payment received Teilzahlung Received on 1 October 2026, thank you. -€20.00');
      expect(shadowText(element, '[part~="itemization-total"]')).to.equal('Total due now €128.37');
    });

    it('shows the reason for an interest rate above the statutory rate', async () => {
      const claim = germanClaim();
      const interest = claim.lines[1];
      if (interest?.kind !== 'interest') throw new Error('fixture changed: second line should be interest');
      interest.aboveStatutoryRateReason = 'Vertraglich vereinbarter Zinssatz, § 5 AGB';
      const element = await loaded(claim, { locale: 'de' });
      expect(shadowText(element, '[part~="line-interest"]')).to.contain('Der Zinssatz liegt über dem gesetzlichen Verzugszinssatz, weil: Vertraglich vereinbarter Zinssatz, § 5 AGB');
      expect(shadowText(element, '[part~="jurisdiction-de"]')).to.contain('steht der Grund direkt daneben');
    });

    it('formats yen without minor digits and euros with two', async () => {
      const yen = await loaded(yenClaim(), { locale: 'en' });
      // British English names the yen as JP¥, as it does the dollar as US$.
      expect(shadowText(yen, '[part~="total"]')).to.equal('JP¥4,250');
      expect(shadowText(yen, '[part~="line-fee"]')).to.contain('JP¥250');
      resetSettleState();
      const euro = await loaded(germanClaim(), { locale: 'de' });
      expect(shadowText(euro, '[part~="line-interest"]')).to.contain('0,87 €');
    });
  });

  describe('jurisdictions', () => {
    it('shows the § 13a RDG items for a German claim: register entry, supervisory authority, address source', async () => {
      const element = await loaded(germanClaim({ addressSource: 'Einwohnermeldeamt Berlin; Berichtigung per E-Mail an service@fair-inkasso.example' }), { locale: 'de' });
      const text = shadowText(element, '[part~="jurisdiction-de"]');
      expect(text).to.contain('Informationen nach § 13a Rechtsdienstleistungsgesetz (RDG)');
      expect(text).to.contain('Rechtsdienstleistungsregister Az. 371 E-1.123');
      expect(text).to.contain('Bundesamt für Justiz Adenauerallee 99-103 53113 Bonn Deutschland');
      expect(text).to.contain('Einwohnermeldeamt Berlin');
      expect(shadowText(element, '[part~="parties"]')).to.contain('Inkassounternehmen, im Auftrag des Gläubigers Fair Inkasso GmbH');
      expect(shadowText(element, '[part~="parties"]')).not.to.contain('Az. 371', 'the register entry appears once, in the § 13a section');
      expect(part(element, 'jurisdiction-us')).to.equal(null);
    });

    it('shows the Regulation F itemization, validation period end and CFPB pointer for a US claim', async () => {
      const element = await loaded(usClaim(), { locale: 'en-US' });
      const table = shadowText(element, '[part~="regf-table"] tr');
      expect(table).to.equal(
        'Creditor as of June 30, 2026 Lakeside Dental LLC | As of June 30, 2026, you owed: $450.00 | Interest charged since then: + $0.00 | Fees charged since then: + $25.00 | Paid or credited since then: − $50.00 | Total amount of the debt now: $425.00',
      );
      expect(shadowText(element, '[part~="validation-notice"]')).to.contain('If you tell us by December 20, 2026 that you dispute');
      expect(part(element, 'cfpb-link')!.getAttribute('href')).to.equal(CFPB_URL);
      await expect(element).to.be.accessible();
    });

    it('writes a US address with its state after the city, as "Chicago, IL 60602", and US dates for en-US', async () => {
      const agency = { name: 'Kind Recovery Inc.', address: { street: '400 Main St', postalCode: '60602', city: 'Chicago', region: 'IL', country: 'US' } };
      const element = await loaded(usClaim({ collectionAgency: agency }), { locale: 'en-US' });
      expect(shadowText(element, '[part~="parties"]')).to.contain('400 Main St Chicago, IL 60602 United States');
      expect(shadowText(element, '[part~="validation-notice"]')).to.contain('If you tell us by December 20, 2026 that you dispute');
    });

    it('shows neither German nor US notices for a generic claim', async () => {
      const element = await loaded(yenClaim());
      expect(part(element, 'jurisdiction')).to.equal(null);
      expect(part(element, 'itemization-table')).not.to.equal(null);
    });
  });

  describe('languages and tone', () => {
    it('falls back from de-AT to the German texts while formatting for Austria', async () => {
      const element = await loaded(germanClaim(), { locale: 'de-AT' });
      expect(shadowText(element, '[part~="title"]')).to.equal('Ihr offener Betrag bei Stadtwerke Beispielstadt GmbH');
      expect(shadowText(element, '[part~="total"]')).to.equal('€ 128,37');
    });

    it('uses the page language when no locale is set', async () => {
      await useApi(...claimApi({ claim: germanClaim() }));
      const wrapper = await fixture<HTMLElement>(html`<div lang="de"><settle-claim-summary api=${TEST_API} token="link-lang"></settle-claim-summary></div>`);
      const element = wrapper.querySelector('settle-claim-summary')!;
      await settled(element);
      expect(shadowText(element, '[part~="amount-due"] .amount-due-label')).to.equal('Offener Betrag');
    });

    it('speaks in the chosen tone: formal and easy language', async () => {
      const formal = await loaded(germanClaim(), { locale: 'de', tone: 'formal' });
      expect(shadowText(formal, '[part~="title"]')).to.equal('Offene Forderung – Stadtwerke Beispielstadt GmbH');
      resetSettleState();
      const easy = await loaded(germanClaim(), { locale: 'en', tone: 'easy' });
      expect(shadowText(easy, '[part~="title"]')).to.equal('Stadtwerke Beispielstadt GmbH is waiting for money from you');
      expect(shadowText(easy, '[part~="dispute-button"]')).to.equal('Something is wrong');
    });
  });

  describe('creditor strings and links', () => {
    it('renders markup in creditor strings as text', async () => {
      const claim = germanClaim({
        creditor: { ...germanClaim().creditor, name: '<img src=x onerror="window.pwned=1">Evil & Co' },
        reason: { kind: 'contract', subject: '<script>window.pwned=1</script>', date: '2025-01-15' },
      });
      const element = await loaded(claim);
      expect(shadowText(element, '[part~="title"]')).to.equal('Your open balance with <img src=x onerror="window.pwned=1">Evil & Co');
      expect(shadowText(element, '[part~="reason-text"]')).to.contain('<script>window.pwned=1</script>');
      expect(element.shadowRoot!.querySelector('img, script')).to.equal(null);
      expect((window as { pwned?: number }).pwned).to.equal(undefined);
    });

    it('refuses javascript: and data: URLs for the logo and help link but shows http(s) ones', async () => {
      const refused = await loaded(germanClaim(), { logo: 'javascript:alert(1)', helpUrl: 'javascript:alert(1)' });
      expect(part(refused, 'logo')).to.equal(null);
      expect(part(refused, 'help-link')).to.equal(null);
      resetSettleState();
      const dataLogo = await loaded(germanClaim(), { logo: 'data:image/svg+xml,<svg/>' });
      expect(part(dataLogo, 'logo')).to.equal(null);
      resetSettleState();
      const allowed = await loaded(germanClaim(), { logo: 'https://cdn.example/logo.png', helpUrl: 'https://help.example/faq' });
      expect(part(allowed, 'logo')!.getAttribute('src')).to.equal('https://cdn.example/logo.png');
      expect(part(allowed, 'help-link')!.getAttribute('href')).to.equal('https://help.example/faq');
    });

    it('links phone and email of the creditor with tel: and mailto:', async () => {
      const element = await loaded(germanClaim());
      const hrefs = Array.from(element.shadowRoot!.querySelectorAll('[part~="contact-link"]'), (link) => link.getAttribute('href'));
      expect(hrefs).to.deep.equal(['tel:+49301234567', 'mailto:service@stadtwerke.example']);
    });
  });

  describe('session', () => {
    it('opens a new session when the token changes', async () => {
      const calls: ApiCalls = { sessionTokens: [], claimAuthorizations: [] };
      await useApi(...claimApi({ claim: germanClaim() }, calls));
      const element = await summary({ token: 'first-link' });
      await settled(element);
      element.token = 'second-link';
      await waitUntil(() => calls.claimAuthorizations.length === 2, 'second claim request');
      await settled(element);
      expect(calls.sessionTokens).to.deep.equal(['first-link', 'second-link']);
      expect(calls.claimAuthorizations).to.deep.equal(['Bearer session-for-first-link', 'Bearer session-for-second-link']);
    });

    it('shares one session exchange between elements opened with the same link', async () => {
      const calls: ApiCalls = { sessionTokens: [], claimAuthorizations: [] };
      await useApi(...claimApi({ claim: germanClaim() }, calls));
      const wrapper = await fixture<HTMLElement>(html`<div>
        <settle-claim-summary api=${TEST_API} token="one-link" locale="en"></settle-claim-summary>
        <settle-claim-summary api=${TEST_API} token="one-link" locale="de"></settle-claim-summary>
      </div>`);
      for (const element of wrapper.querySelectorAll('settle-claim-summary')) await settled(element);
      expect(calls.sessionTokens).to.deep.equal(['one-link']);
      expect(calls.claimAuthorizations).to.have.length(2);
    });

    it('loads again after being moved in the page while loading', async () => {
      // Claim reads wait until the move is done, so the element is surely still loading when it moves.
      let releaseReads = () => {};
      const readsHeld = new Promise<void>((resolve) => (releaseReads = resolve));
      await useApi(
        http.get(`${TEST_API}${ROUTES.claim}`, async () => {
          await readsHeld;
        }),
        ...claimApi({ claim: germanClaim() }),
      );
      const element = await summary();
      await waitUntil(() => element.claim.status === 'pending', 'pending');
      const parent = element.parentElement!;
      element.remove();
      parent.append(element);
      releaseReads();
      await settled(element);
      expect(shadowText(element, '[part~="total"]')).to.equal('€128.37');
    });
  });

  describe('token from the fragment', () => {
    it('exchanges the #t= token and removes it from the address bar', async () => {
      const calls: ApiCalls = { sessionTokens: [], claimAuthorizations: [] };
      await useApi(...claimApi({ claim: germanClaim() }, calls));
      const before = `${location.pathname}${location.search}`;
      history.replaceState(null, '', `${before}#t=link-from-email&step=1`);
      const element = await fixture<SettleClaimSummary>(html`<settle-claim-summary api=${TEST_API} token-from="fragment" locale="en"></settle-claim-summary>`);
      await settled(element);
      expect(calls.sessionTokens).to.deep.equal(['link-from-email']);
      expect(location.hash).to.equal('#step=1');
      expect(location.href).not.to.contain('link-from-email');
      history.replaceState(null, '', before);
    });

    it('shows the link error when the fragment carries no token', async () => {
      await useApi(...claimApi({ claim: germanClaim() }));
      const element = await fixture<SettleClaimSummary>(html`<settle-claim-summary api=${TEST_API} token-from="fragment" locale="en"></settle-claim-summary>`);
      await settled(element, 'error');
      expect(shadowText(element, '[part~="error"]')).to.contain('This link is no longer valid');
    });
  });

  describe('keyboard and human routes', () => {
    it('reaches dispute and contact by Tab and fires their events with Enter and Space', async () => {
      const element = await loaded(germanClaim());
      part(element, 'contact-link')!.focus();
      const disputeButton = part(element, 'dispute-button')!;
      for (let step = 0; step < 10 && element.shadowRoot!.activeElement !== disputeButton; step += 1) await sendKeys({ press: 'Tab' });
      expect(element.shadowRoot!.activeElement).to.equal(disputeButton);
      const dispute = oneEvent(element, 'settle-dispute-request');
      await sendKeys({ press: 'Enter' });
      expect((await dispute).detail).to.deep.equal({ claimId: 'clm_de_1001' });

      part(element, 'dispute-button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(element.shadowRoot!.activeElement).to.equal(part(element, 'contact-button'));
      const contact = oneEvent(element, 'settle-contact-request');
      await sendKeys({ press: 'Space' });
      expect((await contact).detail).to.deep.equal({ claimId: 'clm_de_1001', topic: 'question' });
    });

    it('points to the contact details when no page handles the dispute request', async () => {
      const element = await loaded(germanClaim());
      part(element, 'dispute-button')!.click();
      expect(element.shadowRoot!.activeElement?.id).to.equal('parties-heading');
      await waitUntil(() => liveRegion(element).textContent !== '' && liveRegion(element).textContent!.includes('Fair Inkasso'), 'fallback announced');
      expect(liveRegion(element).textContent).to.equal('Please write to or call Fair Inkasso GmbH using the contact details above.');
    });

    it('leaves focus alone when the page handles the dispute request', async () => {
      const element = await loaded(germanClaim());
      element.addEventListener('settle-dispute-request', (event) => event.preventDefault());
      const button = part(element, 'dispute-button')!;
      button.focus();
      button.click();
      await element.updateComplete;
      expect(element.shadowRoot!.activeElement).to.equal(button);
    });

    it('prints a copy with the print button', async () => {
      const element = await loaded(germanClaim());
      const original = window.print;
      let printed = 0;
      window.print = () => {
        printed += 1;
      };
      try {
        part(element, 'print-button')!.click();
      } finally {
        window.print = original;
      }
      expect(printed).to.equal(1);
    });
  });

  describe('layout and colour schemes', () => {
    afterEach(async () => {
      await emulateMedia({ colorScheme: 'light' });
      await setViewport({ width: 800, height: 600 });
    });

    it('passes axe in dark mode, including colour contrast', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const element = await loaded(germanClaim(), { locale: 'de' });
      // A light page keeps the widget light; the element follows the system when told to.
      element.setAttribute('color-scheme', 'auto');
      expect(getComputedStyle(element).backgroundColor).to.equal('rgb(18, 22, 28)');
      await expect(element).to.be.accessible();
    });

    it('reflows at 320 px without horizontal scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      const element = await loaded(germanClaim(), { locale: 'de' });
      expect(element.scrollWidth).to.be.at.most(320);
      expect(part(element, 'itemization-table')!.getBoundingClientRect().right).to.be.at.most(320);
    });

    it('breaks no German word in the middle at 320 px: words hyphenate in German, and one that fits stays whole', async () => {
      await setViewport({ width: 320, height: 640 });
      const element = await loaded(germanClaim(), { locale: 'de' });
      expect(element.getAttribute('lang')).to.equal('de');
      const texts: Text[] = [];
      const walker = document.createTreeWalker(element.shadowRoot!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
      const broken: string[] = [];
      let longWords = 0;
      for (const text of texts) {
        const container = text.parentElement!;
        if (container.closest('.visually-hidden')) continue;
        expect(getComputedStyle(container).hyphens, container.localName).to.equal('auto');
        for (const match of text.data.matchAll(/\p{L}{12,}/gu)) {
          longWords += 1;
          const range = document.createRange();
          range.setStart(text, match.index);
          range.setEnd(text, match.index + match[0].length);
          const lines = new Set(Array.from(range.getClientRects(), (rect) => Math.round(rect.top)));
          // A word may only break when it is wider than its whole line (then it hyphenates).
          const width = Array.from(range.getClientRects()).reduce((sum, rect) => sum + rect.width, 0);
          let line: HTMLElement = container;
          while (/^(inline|contents)/.test(getComputedStyle(line).display) && line.parentElement) line = line.parentElement;
          if (lines.size > 1 && width <= line.clientWidth) broken.push(`${match[0]} in <${container.localName}>`);
        }
      }
      expect(longWords, 'the summary has long German words to check').to.be.greaterThan(5);
      expect(broken).to.deep.equal([]);
    });

    it("speaks its language through lang: English inside a German page, and the page's German when it sets none", async () => {
      await useApi(...claimApi({ claim: germanClaim() }));
      const page = await fixture<HTMLDivElement>(html`<div lang="de">
        <settle-claim-summary api=${TEST_API} token="link-token" locale="en"></settle-claim-summary>
        <settle-claim-summary api=${TEST_API} token="link-token"></settle-claim-summary>
      </div>`);
      const [english, german] = Array.from(page.querySelectorAll<SettleClaimSummary>('settle-claim-summary'));
      await settled(english!);
      await settled(german!);
      expect(english!.getAttribute('lang')).to.equal('en');
      expect(german!.getAttribute('lang')).to.equal('de');
      expect(shadowText(german!, '[part~="amount-due"] .amount-due-label')).to.equal('Offener Betrag');
      english!.locale = 'de';
      await waitUntil(() => english!.getAttribute('lang') === 'de', 'the language follows the locale');
    });

    it('keeps every button at least 24 px in both directions', async () => {
      const element = await loaded(germanClaim());
      for (const button of element.shadowRoot!.querySelectorAll('button')) {
        const box = button.getBoundingClientRect();
        expect(box.width, button.textContent ?? '').to.be.at.least(24);
        expect(box.height, button.textContent ?? '').to.be.at.least(24);
      }
    });
  });

  describe('reads', () => {
    it('shows the claim the session exchange carried without reading it again', async () => {
      const claim = germanClaim();
      const reads: string[] = [];
      await useApi(
        http.post(`${TEST_API}${ROUTES.session}`, () => {
          reads.push('session');
          const now = Date.now();
          return HttpResponse.json({ sessionToken: 'session-1', claimId: claim.id, expiresAt: now + 15 * 60_000, absoluteExpiresAt: now + 90 * 60_000, identityRequired: false, claim });
        }),
        http.get(`${TEST_API}/claims/:claimId`, () => {
          reads.push('claim');
          return HttpResponse.json({ claim });
        }),
      );
      const element = await summary();
      await settled(element);
      expect(part(element, 'total')!.textContent).to.contain('€');
      expect(reads).to.deep.equal(['session']);
    });
  });

  describe('statuses', () => {
    it('tells a debtor who disputed that collection waits for the check', async () => {
      const element = await loaded(germanClaim({ status: 'disputed' }), { locale: 'de' });
      expect(shadowText(element, '[part~="status"]')).to.contain('Wir fordern keine Zahlung, bis wir sie geprüft');
    });
  });
});
