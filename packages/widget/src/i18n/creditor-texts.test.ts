import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Presentation } from '@settle/protocol';
import { germanClaim } from '../../../../tests/fixtures/claims.js';
import { claimApi, TEST_API, useApi } from '../../test/support/api-mock.js';
import { resetSettleState, shadowText } from '../../test/support/element.js';
import { journeyApi } from '../../test/support/journey-api.js';
import type { SettleContact } from '../elements/contact/contact.js';
import '../elements/contact/define.js';
import de from './locales/de.js';
import en from './locales/en.js';

const TEXTS: Presentation = {
  brand: {},
  texts: {
    de: { 'contact.title': 'Sprechen Sie mit den Stadtwerken', 'contact.intro': '<b>Wir</b> rufen Sie gern an.', 'contact.nothingLikeThis': 'Nie zu sehen' },
    en: { 'contact.title': 'Talk to Stadtwerke' },
  },
};

/** A contact form whose session brings `presentation`, inside a wrapper standing in for the page. */
async function contactWith(presentation: Presentation, attributes: { locale?: string; tone?: string; pageLang?: string } = {}): Promise<SettleContact> {
  await useApi(...claimApi({ claim: germanClaim(), presentation }), ...journeyApi());
  const page = await fixture<HTMLElement>(html`<div lang=${attributes.pageLang ?? ''}>
    <settle-contact api=${TEST_API} token="link-contact" locale=${attributes.locale ?? ''} tone=${attributes.tone ?? 'empathetic'}></settle-contact>
  </div>`);
  if (!attributes.pageLang) page.removeAttribute('lang');
  const element = page.querySelector<SettleContact>('settle-contact')!;
  if (!attributes.locale) element.removeAttribute('locale');
  await waitUntil(() => element.shadowRoot?.querySelector('form'), 'the contact form renders');
  return element;
}

const title = (element: Element) => shadowText(element, 'h2').split(' | ')[0];
const intro = (element: Element) => element.shadowRoot!.querySelector('.contact > p')?.textContent?.trim();

describe('the creditor’s texts from the claim’s presentation', () => {
  beforeEach(resetSettleState);

  it('replaces Settle’s text with the creditor’s in the page’s language, rendering markup as text, and passes axe', async () => {
    const element = await contactWith(TEXTS, { locale: 'de' });
    await waitUntil(() => title(element) === 'Sprechen Sie mit den Stadtwerken', 'the creditor’s title shows');
    expect(intro(element)).to.equal('<b>Wir</b> rufen Sie gern an.');
    expect(element.shadowRoot!.querySelector('b')).to.equal(null);
    expect(element.shadowRoot!.textContent).not.to.contain('Nie zu sehen');
    await expect(element).to.be.accessible();
  });

  it('shows no German creditor text on an English page: English ones where written, else Settle’s English', async () => {
    const element = await contactWith(TEXTS, { locale: 'en' });
    await waitUntil(() => title(element) === 'Talk to Stadtwerke', 'the creditor’s English title shows');
    expect(intro(element)).to.equal(en.contact.intro);
    expect(element.shadowRoot!.textContent).not.to.contain('Wir');
  });

  it('keeps Settle’s text of a tone the creditor wrote nothing for', async () => {
    const element = await contactWith(TEXTS, { locale: 'de', tone: 'formal' });
    await waitUntil(() => title(element) === de.contact.title_formal, 'Settle’s formal title shows');
    expect(intro(element)).to.equal(de.contact.intro_formal);
  });
});

describe('the claim’s locale as a default', () => {
  beforeEach(resetSettleState);

  it('speaks the claim’s locale where the page names none', async () => {
    const element = await contactWith({ brand: {}, locale: 'de' });
    await waitUntil(() => title(element) === de.contact.title, 'the German title shows');
    expect(element.getAttribute('lang')).to.equal('de');
  });

  it('keeps the page’s own lang and the element’s locale attribute over the claim’s locale', async () => {
    const onEnglishPage = await contactWith({ brand: {}, locale: 'de' }, { pageLang: 'en' });
    await waitUntil(() => title(onEnglishPage) === en.contact.title, 'the page’s English shows');
    resetSettleState();
    const withAttribute = await contactWith({ brand: {}, locale: 'de' }, { locale: 'en' });
    await waitUntil(() => title(withAttribute) === en.contact.title, 'the attribute’s English shows');
  });
});
