import { expect } from '@open-wc/testing';
import { candidateKeys, createTranslate, interpolate, lookup, type Messages } from './translate.js';

const en: Messages = {
  common: { retry: 'Try again', hello: 'Hello {{name}}', empty: '' },
  payments: {
    loaded_one: 'One way to pay is ready.',
    loaded_other: '{{count}} ways to pay are ready.',
    loaded_zero: 'No way to pay yet.',
    loaded_formal_one: '1 payment option is available.',
    loaded_formal_other: '{{count}} payment options are available.',
    title: 'Pay',
    title_formal: 'Payment',
  },
};
const de: Messages = { common: { retry: 'Erneut versuchen' }, payments: { loaded_one: 'Eine Zahlart ist bereit.', loaded_other: '{{count}} Zahlarten sind bereit.' } };

describe('translate', () => {
  it('finds nested keys and nothing outside the messages (no prototype keys)', () => {
    expect(lookup(en, 'common.retry')).to.equal('Try again');
    expect(lookup(en, 'common')).to.equal(undefined);
    expect(lookup(en, 'common.retry.more')).to.equal(undefined);
    expect(lookup(en, 'common.constructor')).to.equal(undefined);
    expect(lookup(en, '__proto__.toString')).to.equal(undefined);
  });

  it('fills placeholders without HTML-escaping, and leaves nothing of a missing one', () => {
    expect(interpolate('Hello {{name}}', { name: 'Smith & Sons <Ltd>' })).to.equal('Hello Smith & Sons <Ltd>');
    expect(interpolate('{{ count }} left', { count: 3 })).to.equal('3 left');
    expect(interpolate('Hello {{name}}!', {})).to.equal('Hello !');
    expect(interpolate('Hello {{name}}', undefined)).to.equal('Hello {{name}}');
  });

  it('tries context and plural form first, then plainer keys', () => {
    expect(candidateKeys('a', 'formal', 'one', 1)).to.deep.equal(['a_formal_one', 'a_formal', 'a_one', 'a']);
    expect(candidateKeys('a', undefined, 'other', 0)).to.deep.equal(['a_zero', 'a_other', 'a']);
    expect(candidateKeys('a', undefined, undefined, undefined)).to.deep.equal(['a']);
  });

  it('picks the plural form with the locale rules, and _zero when there is one', () => {
    const t = createTranslate('en', () => [en]);
    expect(t('payments.loaded', { count: 1 })).to.equal('One way to pay is ready.');
    expect(t('payments.loaded', { count: 4 })).to.equal('4 ways to pay are ready.');
    expect(t('payments.loaded', { count: 0 })).to.equal('No way to pay yet.');
    expect(createTranslate('de', () => [de])('payments.loaded', { count: 0 })).to.equal('0 Zahlarten sind bereit.');
  });

  it('uses the context variant when there is one and the plain text otherwise', () => {
    const formal = createTranslate('en', () => [en], 'formal');
    expect(formal('payments.loaded', { count: 2 })).to.equal('2 payment options are available.');
    expect(formal('payments.title')).to.equal('Payment');
    expect(formal('common.retry')).to.equal('Try again');
  });

  it('falls back set by set, skips empty texts, and returns an unknown key as itself', () => {
    const t = createTranslate('de-AT', () => [de, en]);
    expect(t('common.retry')).to.equal('Erneut versuchen');
    expect(t('common.hello', { name: 'Ada' })).to.equal('Hello Ada');
    expect(t('common.empty')).to.equal('common.empty');
    expect(t('common.nowhere')).to.equal('common.nowhere');
  });

  it('reads the sets when called, so texts loaded later are found', () => {
    const sets: Messages[] = [];
    const t = createTranslate('en', () => sets);
    expect(t('common.retry')).to.equal('common.retry');
    sets.push(en);
    expect(t('common.retry')).to.equal('Try again');
  });
});
