import { expect } from '@open-wc/testing';
import { defineElement } from './define.js';
import { autoloadElements, loadElement, registerLazyElement } from './registry.js';

describe('defining elements', () => {
  it('warns instead of throwing when another class already holds the tag', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    defineElement('settle-define-test', First);
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      expect(() => defineElement('settle-define-test', Second)).not.to.throw();
    } finally {
      console.warn = original;
    }
    expect(customElements.get('settle-define-test')).to.equal(First);
    expect(String(warnings[0])).to.contain('<settle-define-test> is already defined');
  });

  it("loads a lazy element placed in a host component's open shadow root, also when added later", async () => {
    let loads = 0;
    registerLazyElement('settle-shadow-test', async () => {
      loads += 1;
      defineElement('settle-shadow-test', class extends HTMLElement {});
    });
    const first = document.createElement('div');
    first.attachShadow({ mode: 'open' });
    document.body.append(first);
    const observer = autoloadElements(document.body);
    try {
      // Rendered after the host was connected, as a host's framework would.
      first.shadowRoot!.append(document.createElement('settle-shadow-test'));
      await customElements.whenDefined('settle-shadow-test');
      expect(loads).to.equal(1);
      registerLazyElement('settle-shadow-later-test', async () => defineElement('settle-shadow-later-test', class extends HTMLElement {}));
      const later = document.createElement('section');
      later.attachShadow({ mode: 'open' }).append(document.createElement('settle-shadow-later-test'));
      first.shadowRoot!.append(later);
      await customElements.whenDefined('settle-shadow-later-test');
      expect(customElements.get('settle-shadow-later-test')).to.not.equal(undefined);
    } finally {
      observer.disconnect();
      first.remove();
    }
  });

  it('loads a lazy element only when its tag appears in the document', async () => {
    let loads = 0;
    registerLazyElement('settle-lazy-test', async () => {
      loads += 1;
      defineElement('settle-lazy-test', class extends HTMLElement {});
    });
    const observer = autoloadElements(document.body);
    try {
      expect(loads).to.equal(0);
      document.body.append(document.createElement('settle-lazy-test'));
      await customElements.whenDefined('settle-lazy-test');
      expect(loads).to.equal(1);
      await loadElement('settle-lazy-test');
      expect(loads).to.equal(1);
    } finally {
      observer.disconnect();
      document.querySelector('settle-lazy-test')?.remove();
    }
  });

  it('rejects loading a tag nobody registered', async () => {
    let error: unknown;
    await loadElement('settle-unknown-test').catch((caught: unknown) => (error = caught));
    expect(String(error)).to.contain('No Settle element <settle-unknown-test>');
  });
});
