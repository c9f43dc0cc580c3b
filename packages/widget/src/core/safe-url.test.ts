import { expect } from '@open-wc/testing';
import { mailtoHref, safeHttpUrl, telHref } from './safe-url.js';

describe('safe URLs', () => {
  it('keeps http and https URLs and resolves relative ones against the page', () => {
    expect(safeHttpUrl('https://creditor.example/logo.svg')).to.equal('https://creditor.example/logo.svg');
    expect(safeHttpUrl('/logo.svg', 'https://pay.example/a/')).to.equal('https://pay.example/logo.svg');
  });

  it('refuses javascript:, data:, vbscript: and blob: URLs, however they are spelled', () => {
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>', 'vbscript:x', 'blob:https://x/1']) {
      expect(safeHttpUrl(url), url).to.equal(undefined);
    }
  });

  it('builds tel: links from digits only and refuses text that is not a number', () => {
    expect(telHref('+49 (30) 123-4567')).to.equal('tel:+49301234567');
    expect(telHref('call us')).to.equal(undefined);
  });

  it('builds mailto: links only for plain addresses, never with headers', () => {
    expect(mailtoHref('help@creditor.example')).to.equal('mailto:help@creditor.example');
    expect(mailtoHref('a@b.example?bcc=x@y.example')).to.equal(undefined);
    expect(mailtoHref('not an address')).to.equal(undefined);
  });
});
