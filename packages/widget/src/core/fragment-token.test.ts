import { expect } from '@open-wc/testing';
import { forgetFragmentToken, takeFragmentToken } from './fragment-token.js';

describe('takeFragmentToken', () => {
  const page = `${location.pathname}${location.search}`;
  afterEach(() => {
    forgetFragmentToken();
    history.replaceState(null, '', page);
  });

  it('reads #t= and removes it from the address bar, keeping other fragment parameters', () => {
    history.replaceState(null, '', `${page}#lang=de&t=abc.def.ghi`);
    expect(takeFragmentToken()).to.equal('abc.def.ghi');
    expect(location.hash).to.equal('#lang=de');
  });

  it('leaves no empty # behind when the token was the only parameter', () => {
    history.replaceState(null, '', `${page}#t=only`);
    expect(takeFragmentToken()).to.equal('only');
    expect(location.href.endsWith('#')).to.equal(false);
    expect(location.hash).to.equal('');
  });

  it('gives later callers on the same page the token it already took', () => {
    history.replaceState(null, '', `${page}#t=shared`);
    takeFragmentToken();
    expect(takeFragmentToken()).to.equal('shared');
  });

  it('returns undefined when the page has no token', () => {
    history.replaceState(null, '', `${page}#other=1`);
    expect(takeFragmentToken()).to.equal(undefined);
  });
});
