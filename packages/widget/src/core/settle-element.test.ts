import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LOCALES } from '../i18n/locales/index.js';
import en from '../i18n/locales/en.js';
import { SettleElement } from './settle-element.js';
import { defineElement } from './define.js';

class TestGreeting extends SettleElement {
  protected renderContent(): unknown {
    return html`<p part="text">${this.i18n.t('common.retry')}</p>`;
  }
}
defineElement('settle-test-greeting', TestGreeting);

describe('SettleElement', () => {
  it('creates one live region before the first render and keeps it', async () => {
    const element = await fixture<TestGreeting>(html`<settle-test-greeting locale="en"></settle-test-greeting>`);
    const region = element.shadowRoot!.querySelector('[part="live-region"]');
    expect(region?.getAttribute('role')).to.equal('status');
    element.locale = 'de';
    await waitUntil(() => element.shadowRoot!.querySelector('[part="text"]')?.textContent === 'Erneut versuchen', 'German text');
    expect(element.shadowRoot!.querySelector('[part="live-region"]')).to.equal(region);
  });

  it('announces repeated messages again', async () => {
    const element = await fixture<TestGreeting>(html`<settle-test-greeting locale="en"></settle-test-greeting>`);
    const region = element.shadowRoot!.querySelector('[part="live-region"]')!;
    element.announce('Saved');
    await waitUntil(() => region.textContent === 'Saved', 'first announcement');
    element.announce('Saved');
    expect(region.textContent).to.equal('');
    await waitUntil(() => region.textContent === 'Saved', 'second announcement');
  });

  it('shows a bilingual retry instead of a blank box when the texts fail to load, and recovers', async () => {
    let fail = true;
    LOCALES.xx = () => (fail ? Promise.reject(new Error('chunk failed')) : Promise.resolve({ default: en }));
    const original = console.error;
    console.error = () => {};
    try {
      const element = await fixture<TestGreeting>(html`<settle-test-greeting locale="xx"></settle-test-greeting>`);
      await waitUntil(() => element.shadowRoot!.querySelector('[part~="retry-button"]'), 'fallback error');
      expect(element.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('Das konnte nicht geladen werden');
      await expect(element).to.be.accessible();
      fail = false;
      element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
      await waitUntil(() => element.shadowRoot!.querySelector('[part="text"]'), 'texts after retry');
      expect(element.shadowRoot!.querySelector('[part="text"]')!.textContent).to.equal('Try again');
    } finally {
      console.error = original;
      delete LOCALES.xx;
    }
  });
});
