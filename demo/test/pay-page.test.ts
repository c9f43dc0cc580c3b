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
    expect(html).not.toMatch(/<!--(brand|contact|skeleton|widget-preload)/);
    // A creditor collecting directly writes on its own behalf: the client line waits hidden for the session.
    expect(html).toContain('<p class="brand-client" data-pay-client hidden>im Auftrag von <span class="client-brand"><span class="client-name"></span></span></p>');
  });

  it.each([
    [
      'de',
      'fair-inkasso/funkwelle',
      'Fair Inkasso',
      'im Auftrag von <span class="client-brand"><img class="client-logo" src="/brands/funkwelle.svg" alt="" width="20" height="20"> <span class="client-name">Funkwelle Mobil</span></span>',
    ],
    [
      'en',
      'kind-recovery/lakeside-dental',
      'Kind Recovery',
      'on behalf of <span class="client-brand"><img class="client-logo" src="/brands/lakeside-dental.svg" alt="" width="20" height="20"> <span class="client-name">Lakeside Dental</span></span>',
    ],
  ] as const)('%s: paints the agency of hint %s as the brand and its client creditor “on behalf of” beside it', (lang, hint, agency, client) => {
    const html = renderPayPage(page(lang), hint, lang);
    const [collector] = hint.split('/');
    expect(html).toContain(`<link rel="stylesheet" href="/brands/${collector}.css">`);
    expect(html).toContain(`<p class="brand-name">${agency}</p><p class="brand-client" data-pay-client>${client}</p>`);
    expect(html).toContain(lang === 'de' ? `So erreichen Sie ${agency}:` : `You can reach ${agency} here:`);
  });

  it('paints the agency alone for a hint naming an unknown client, and nothing for an unknown agency', () => {
    expect(renderPayPage(page('de'), 'fair-inkasso/nobody', 'de')).toContain('<p class="brand-name">Fair Inkasso</p><p class="brand-client" data-pay-client hidden>');
    for (const hint of ['nobody/funkwelle', 'fair-inkasso/funkwelle/x', 'funkwelle']) {
      const html = renderPayPage(page('de'), hint, 'de');
      expect(html, hint).not.toContain('/brands/');
      expect(html, hint).toContain('<p class="brand-name">Ihre offene Zahlung</p>');
    }
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

  it('hints the widget files of the first screen right after settle.js, as module preloads under /widget/', () => {
    const html = renderPayPage(page('de'), 'stadtwerke', 'de', { preload: ['chunks/flow.js', 'chunks/de-"x.js'] });
    const entry = html.indexOf('<script type="module" src="/widget/settle.js"></script>');
    const first = html.indexOf('<link rel="modulepreload" href="/widget/chunks/flow.js">');
    expect(entry).toBeGreaterThan(0);
    expect(first).toBeGreaterThan(entry);
    expect(first).toBeLessThan(html.indexOf('</head>'));
    expect(html).toContain('<link rel="modulepreload" href="/widget/chunks/de-&quot;x.js">');
    expect(renderPayPage(page('de'), 'stadtwerke', 'de')).not.toContain('modulepreload');
  });
});
