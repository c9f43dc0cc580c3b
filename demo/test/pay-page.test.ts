import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderPayPage } from '../src/server/pay-page.js';

const page = (lang: 'en' | 'de') => readFileSync(new URL(`../pages/${lang === 'de' ? 'pay.de.html' : 'pay.html'}`, import.meta.url), 'utf8');

describe('the emailed-link page', () => {
  it('paints the hinted brand’s name, logo and colour, and its contact for links that cannot be read', () => {
    const html = renderPayPage(page('de'), 'stadtwerke', 'de');
    expect(html).toContain('<link rel="stylesheet" href="/brands/stadtwerke.css">');
    expect(html).toContain('<img class="brand-logo" src="/brands/stadtwerke.svg" alt="" width="40" height="40"><p class="brand-name">Stadtwerke Beispielstadt</p>');
    expect(html).toContain('So erreichen Sie Stadtwerke Beispielstadt:');
    expect(html).toContain('<a href="tel:+49301234567">+49 30 1234567</a>');
    expect(html).not.toContain('Fair Inkasso');
    expect(html).toContain('<div class="pay-skeleton" data-pay-skeleton aria-hidden="true">');
    expect(html).not.toMatch(/<!--(brand|contact|skeleton)/);
  });

  it('paints a neutral page naming the page’s host for a missing or unknown hint', () => {
    for (const hint of [null, 'nobody', '"><script>']) {
      const html = renderPayPage(page('en'), hint, 'en');
      expect(html).not.toContain('/brands/');
      expect(html).toContain('<p class="brand-name">Your open payment</p>');
      expect(html).toContain('The demo’s payment service. We can tell you who wrote to you and send you a new link:');
      expect(html).not.toContain('<script>');
    }
  });
});
