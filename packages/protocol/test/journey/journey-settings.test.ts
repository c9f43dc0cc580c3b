import { describe, expect, it } from 'vitest';
import { CssColor, Fact, HttpsUrl, JourneySettings, pickText, Theme } from '../../src/index.js';

describe('journey settings validation', () => {
  it('accepts only https URLs without credentials', () => {
    expect(HttpsUrl.safeParse('https://acme.example/logo.svg').success).toBe(true);
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'http://acme.example/logo.svg', 'data:image/svg+xml,<svg/>', '//acme.example/x', 'https://user:pw@acme.example/', 'not a url']) {
      expect(HttpsUrl.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('accepts plain colours and refuses anything that could carry url() or end a CSS rule', () => {
    for (const good of ['#0a5c36', '#fff', 'rgb(10 92 54)', 'hsl(150, 80%, 20%)']) expect(CssColor.safeParse(good).success, good).toBe(true);
    for (const bad of ['red;background:url(https://x)', 'url(https://x)', 'rgb(1,2,3);}', 'expression(alert(1))']) expect(CssColor.safeParse(bad).success, bad).toBe(false);
  });

  it('names the field of a bad logo URL in the error', () => {
    const result = JourneySettings.safeParse({ theme: { logoUrl: 'javascript:alert(1)' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['theme', 'logoUrl'], message: 'must be an https:// URL or a path such as /logo.svg' });
    expect(Theme.safeParse({ fontFamily: 'x;}body{display:none' }).success).toBe(false);
  });

  it('requires every fact to carry its source and date', () => {
    expect(Fact.safeParse({ id: 'forgot', text: { en: '82 % of open invoices were simply forgotten.' } }).success).toBe(false);
    expect(Fact.safeParse({ id: 'forgot', text: { en: '82 % …' }, source: 'Acme receivables report', date: '2026-06-30' }).success).toBe(true);
  });

  it('picks the text for a locale, then its base language, then English', () => {
    const text = { de: 'Hallo', en: 'Hello' };
    expect(pickText(text, 'de-AT')).toBe('Hallo');
    expect(pickText(text, 'fr')).toBe('Hello');
    expect(pickText({ de: 'Nur Deutsch' }, 'fr')).toBe('Nur Deutsch');
  });
});
