import type { Claim, Theme } from '@settle/protocol';
import { describe, expect, it } from 'vitest';
import { emailColors, renderMessage } from '../../src/messages/index.js';
import { germanClaim, usClaim } from '../../../../tests/fixtures/claims.js';

const LINK = 'https://pay.example/pay#t=aaa.bbb.ccc';
const FAIR_GREEN = '#0b6e4f';
const brand = (primary: string, onPrimary = '#ffffff'): Theme => ({ colors: { primary, onPrimary } });

function emailOf(claim: Claim, theme?: Theme): string {
  return renderMessage({ channel: 'email', claim, link: LINK, phase: 'first_reminder', tone: 'neutral', locale: 'de', ...(theme ? { brand: theme } : {}) }).html;
}

/** The inline style of the email's button, its sender line, and its links. */
function brandStylesOf(html: string) {
  const button = new RegExp(`<a href="${LINK}" style="([^"]*background[^"]*)"`).exec(html)?.[1];
  const sender = /<main[^>]*>\s*<p style="([^"]*)"/.exec(html)?.[1];
  const link = new RegExp(`<a href="${LINK}" style="(color:[^"]*)"`).exec(html)?.[1];
  return { button, sender, link };
}

describe('message email brand colours', () => {
  const stadtwerke = germanClaim({ collectionAgency: undefined, creditor: { ...germanClaim().creditor, name: 'Stadtwerke Beispielstadt GmbH' } });

  it("paints a Stadtwerke claim's button, sender and links in Stadtwerke's orange, never Fair Inkasso's green", () => {
    const html = emailOf(stadtwerke, brand('#a4410e'));
    expect(brandStylesOf(html)).toEqual({
      button: expect.stringContaining('background:#a4410e;color:#ffffff;'),
      sender: expect.stringContaining('color:#a4410e;'),
      link: 'color:#a4410e;',
    });
    expect(html.toLowerCase()).not.toContain(FAIR_GREEN);
    expect(html).not.toContain('#0b5a41');
  });

  it('paints a Fair Inkasso claim in its green and a Kind Recovery claim in its teal', () => {
    expect(brandStylesOf(emailOf(germanClaim(), brand(FAIR_GREEN))).button).toContain(`background:${FAIR_GREEN};`);
    const kind = emailOf(usClaim(), brand('#0f5e73'));
    expect(brandStylesOf(kind).button).toContain('background:#0f5e73;');
    expect(brandStylesOf(kind).link).toBe('color:#0f5e73;');
    expect(kind).not.toContain(FAIR_GREEN);
  });

  it('stays neutral, in no creditor’s colour, when the sender has no brand or one the email cannot read', () => {
    for (const theme of [undefined, { brandName: 'No colours' }, brand('oklch(0.5 0.1 200)')]) {
      expect(brandStylesOf(emailOf(stadtwerke, theme))).toEqual({
        button: expect.stringContaining('background:#1d2329;color:#ffffff;'),
        sender: expect.stringContaining('color:#1d2329;'),
        link: 'color:#1d2329;',
      });
    }
  });

  it('keeps the name and links in the neutral text colour when the primary is too light on white, and picks a readable button text', () => {
    // #f2b705 (amber) has 1.9:1 on white; white text on it fails, the dark text reads.
    expect(emailColors({ primary: '#f2b705', onPrimary: '#ffffff' })).toEqual({ button: '#f2b705', onButton: '#1d2329', accent: '#1d2329' });
    // The creditor's own onPrimary wins when it reads on the primary.
    expect(emailColors({ primary: '#f2b705', onPrimary: '#000000' })).toEqual({ button: '#f2b705', onButton: '#000000', accent: '#1d2329' });
    // A mid grey neither white nor the dark text reads on at 4.5:1: the button stays neutral.
    expect(emailColors({ primary: '#787878', onPrimary: '#ffffff' })).toEqual({ button: '#1d2329', onButton: '#ffffff', accent: '#1d2329' });
  });

  it('lets no colour value carry style or markup into the email', () => {
    const hostile = ['#a4410e;background:url(https://evil.example/x)', 'red" onmouseover="alert(1)', '#a4410e"><script>alert(1)</script>', 'rgb(164 65 14);position:fixed'];
    for (const primary of hostile) {
      const html = emailOf(stadtwerke, { colors: { primary, onPrimary: `#fff"><img src=x onerror=alert(1)>` } });
      expect(html).not.toContain('evil.example');
      expect(html).not.toContain('onmouseover');
      expect(html).not.toContain('<script');
      expect(html).not.toContain('<img');
      expect(html).not.toContain('position:fixed');
    }
    // Numeric rgb() is read and written back as plain hex.
    expect(brandStylesOf(emailOf(stadtwerke, brand('rgb(164, 65, 14)'))).button).toContain('background:#a4410e;');
  });
});
