import { expect } from '@open-wc/testing';
import { loadLocale, translator } from './i18n.js';
import de from './locales/de.js';
import en from './locales/en.js';
import { resolveLocale } from './resolve-locale.js';

function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keys(value as object, `${prefix}${key}.`)));
}

describe('i18n', () => {
  it('has a German text for every English key and no German key without an English one', () => {
    expect(keys(de).sort()).to.deep.equal(keys(en).sort());
  });

  it('resolves the locale from attribute, then page, then browser, skipping languages without texts', () => {
    expect(resolveLocale(['de-AT', 'en', 'en-US'])).to.equal('de-AT');
    expect(resolveLocale([undefined, 'en-GB', 'de'])).to.equal('en-GB');
    expect(resolveLocale(['fr', '', 'de_CH'])).to.equal('de-CH');
    expect(resolveLocale(['fr', 'x-not a tag'])).to.equal('en');
  });

  it('falls back from de-AT to de, and from a missing language to English', async () => {
    await loadLocale('de-AT');
    await loadLocale('en');
    expect(translator('de-AT', 'empathetic')('common.retry')).to.equal('Erneut versuchen');
    expect(translator('fr', 'empathetic')('common.retry')).to.equal('Try again');
  });

  it('uses the tone variant when there is one and the plain text otherwise', async () => {
    await loadLocale('en');
    const easy = translator('en', 'easy');
    expect(easy('common.errorTitle')).to.equal('Something went wrong');
    expect(easy('common.retry')).to.equal('Try again');
  });

  it('spells the US way for en-US (installment, ZIP code, check the box), and the British way for en and en-GB', async () => {
    await loadLocale('en-US');
    const us = translator('en-US', 'empathetic');
    expect(us('quiz.option.instalments.label')).to.equal('Pay in installments');
    expect(us('identity.field.postalCode')).to.equal('Your ZIP code');
    expect(us('contact.health.required')).to.equal('Please check the consent box before sharing health information, or uncheck “It has to do with my health”.');
    for (const locale of ['en', 'en-GB']) {
      expect(translator(locale, 'empathetic')('quiz.option.instalments.label')).to.equal('Pay in instalments');
      expect(translator(locale, 'empathetic')('identity.field.postalCode')).to.equal('Your postcode');
    }
  });

  it('leaves the values in a US text as they are', async () => {
    await loadLocale('en-US');
    expect(translator('en-US', 'empathetic')('claimSummary.title', { creditor: 'Postcode Instalments Ltd' })).to.equal('Your open balance with Postcode Instalments Ltd');
  });

  it('does not HTML-escape values, since Lit renders them as text', async () => {
    await loadLocale('en');
    expect(translator('en', 'empathetic')('claimSummary.title', { creditor: 'Smith & Sons <Ltd>' })).to.equal('Your open balance with Smith & Sons <Ltd>');
  });
});
