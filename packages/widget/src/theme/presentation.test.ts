import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { darkVariant, type Presentation } from '@settle/protocol';
import { germanClaim } from '../../../../tests/fixtures/claims.js';
import { claimApi, TEST_API, useApi } from '../../test/support/api-mock.js';
import { journeyApi } from '../../test/support/journey-api.js';
import { animationsFinished, resetSettleState } from '../../test/support/element.js';
import type { SettleClaimSummary } from '../elements/claim-summary/claim-summary.js';
import '../elements/claim-summary/define.js';
import '../elements/contact/define.js';

const LIGHT_SURFACE = 'rgb(255, 255, 255)';
const DARK_SURFACE = 'rgb(18, 22, 28)';
const BRAND: Presentation = { brand: { brandName: 'Stadtwerke Beispielstadt', colors: { primary: '#0b6e4f', onPrimary: '#ffffff' } } };

/** A claim summary inside a wrapper standing in for the host page, loaded and settled. */
async function summaryIn(wrapper: { scheme?: string; accent?: string }, attributes: { colorScheme?: string } = {}, presentation?: Presentation) {
  await useApi(...claimApi({ claim: germanClaim(), ...(presentation ? { presentation } : {}) }));
  const host = await fixture<HTMLElement>(html`<div>
    <settle-claim-summary api=${TEST_API} token="link-token" locale="de" color-scheme=${attributes.colorScheme ?? ''}></settle-claim-summary>
  </div>`);
  // The host page's own CSS, as a page would set it: through a stylesheet, not inline.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`.host-page { ${wrapper.scheme ? `color-scheme: ${wrapper.scheme};` : ''} ${wrapper.accent ? `--settle-color-accent: ${wrapper.accent};` : ''} }`);
  document.adoptedStyleSheets = [sheet];
  host.className = 'host-page';
  const element = host.querySelector<SettleClaimSummary>('settle-claim-summary')!;
  if (!attributes.colorScheme) element.removeAttribute('color-scheme');
  await waitUntil(() => element.shadowRoot?.querySelector('[part~="print-button"]'), 'the claim summary shows the claim');
  await animationsFinished();
  return element;
}

const surface = (element: HTMLElement) => getComputedStyle(element).backgroundColor;
const accent = (element: HTMLElement) => getComputedStyle(element.shadowRoot!.querySelector('[part~="print-button"]')!).color;

describe('colour scheme: the host page decides', () => {
  beforeEach(() => resetSettleState());
  afterEach(async () => {
    document.adoptedStyleSheets = [];
    await emulateMedia({ colorScheme: 'light' });
  });

  it('renders light on a light host page while the operating system is dark, and passes axe', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const element = await summaryIn({});
    expect(surface(element)).to.equal(LIGHT_SURFACE);
    await expect(element).to.be.accessible();
  });

  it('renders dark with color-scheme="dark" on a light page, and passes axe', async () => {
    const element = await summaryIn({}, { colorScheme: 'dark' });
    expect(surface(element)).to.equal(DARK_SURFACE);
    await expect(element).to.be.accessible();
  });

  it('renders light with color-scheme="light" on a dark page while the operating system is dark', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const element = await summaryIn({ scheme: 'dark' }, { colorScheme: 'light' });
    expect(surface(element)).to.equal(LIGHT_SURFACE);
  });

  it('follows the operating system with color-scheme="auto"', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const element = await summaryIn({}, { colorScheme: 'auto' });
    expect(surface(element)).to.equal(DARK_SURFACE);
  });

  it('follows a host page that declares "light dark" to the operating system’s dark mode', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const element = await summaryIn({ scheme: 'light dark' });
    expect(surface(element)).to.equal(DARK_SURFACE);
  });
});

describe('presentation: the claim’s brand as defaults', () => {
  beforeEach(() => resetSettleState());
  afterEach(() => {
    document.adoptedStyleSheets = [];
  });

  it('paints the accent in the claim’s brand colour from the session, announced once by settle-presentation', async () => {
    const announced = oneEvent(document, 'settle-presentation');
    const element = await summaryIn({}, {}, BRAND);
    expect(accent(element)).to.equal('rgb(11, 110, 79)');
    expect((await announced).detail.brand.brandName).to.equal('Stadtwerke Beispielstadt');
    await expect(element).to.be.accessible();
  });

  it('lets the host page’s own --settle-color-accent win over the claim’s brand', async () => {
    const element = await summaryIn({ accent: '#5a1f7a' }, {}, BRAND);
    expect(accent(element)).to.equal('rgb(90, 31, 122)');
  });

  it('keeps the default accent without a presentation', async () => {
    const element = await summaryIn({});
    expect(accent(element)).to.equal('rgb(28, 90, 166)');
  });

  it('ignores a brand colour that is not a plain colour', async () => {
    const element = await summaryIn({}, {}, { brand: { colors: { primary: 'red;}:host{background:red' } } });
    expect(accent(element)).to.equal('rgb(28, 90, 166)');
    expect(surface(element)).to.equal(LIGHT_SURFACE);
  });
});

describe('presentation: the brand colour in dark mode', () => {
  beforeEach(() => resetSettleState());

  /** The session brings the brand as the server answers it: with its dark-mode primary. */
  const DARK_BRAND: Presentation = { brand: { colors: { primary: '#0b6e4f', onPrimary: '#ffffff', primaryDark: darkVariant('#0b6e4f')! } } };
  const rgb = (hex: string) => `rgb(${[1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16)).join(', ')})`;

  async function contactIn(scheme: 'light' | 'dark') {
    await useApi(...claimApi({ claim: germanClaim(), presentation: DARK_BRAND }), ...journeyApi());
    const element = await fixture<HTMLElement>(html`<settle-contact api=${TEST_API} token="link-contact" locale="de" color-scheme=${scheme}></settle-contact>`);
    await waitUntil(() => element.shadowRoot?.querySelector('[part~="submit-button"]'), 'the contact form renders');
    await animationsFinished();
    return element;
  }
  const button = (element: HTMLElement) => getComputedStyle(element.shadowRoot!.querySelector('[part~="submit-button"]')!).backgroundColor;

  it('paints the primary button in the brand colour in light mode and in its dark variant in dark mode, passing axe in both', async () => {
    const light = await contactIn('light');
    expect(button(light)).to.equal('rgb(11, 110, 79)');
    await expect(light).to.be.accessible();
    resetSettleState();
    const dark = await contactIn('dark');
    expect(surface(dark)).to.equal(DARK_SURFACE);
    expect(button(dark)).to.equal(rgb(DARK_BRAND.brand.colors!.primaryDark!));
    await expect(dark).to.be.accessible();
  });
});
