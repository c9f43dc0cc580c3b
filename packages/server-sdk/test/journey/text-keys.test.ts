import { describe, expect, it } from 'vitest';
import { widgetTextKeys } from '../../build/widget-text-keys.js';
import { germanClaim } from '../../../../tests/fixtures/claims.js';
import { TEXT_KEYS } from '../../src/journey/text-keys.js';
import { unknownTextKeys } from '../../src/journey/text-overrides.js';
import { get, post, testSettle } from '../support.js';

describe('creditor texts only for keys the widget has', () => {
  it('knows exactly the widget’s current text keys (npm run build:text-keys refreshes the list)', async () => {
    expect([...TEXT_KEYS]).toEqual(await widgetTextKeys());
  });

  it('names unknown keys, and accepts tone and plural forms the widget has', () => {
    expect(unknownTextKeys({ de: { 'contact.title': 'A', 'contact.title_formal': 'B', 'contact.titel': 'C' }, en: { 'quiz.cheer_one': 'D' } })).toEqual(['contact.titel']);
    expect(unknownTextKeys(undefined)).toEqual([]);
  });

  it('refuses journey texts with an unknown key when the SDK is created, naming it', async () => {
    const { settle } = await testSettle({ journey: { texts: { de: { 'contact.title': 'Sprechen Sie mit uns' } } } });
    expect(settle).toBeDefined();
    await expect(testSettle({ journey: { texts: { de: { 'contact.titel': 'Tippfehler' } } } })).rejects.toThrow(/journey\.texts .*contact\.titel/);
  });

  it('treats claim settings with an unknown text key as the creditor’s misconfiguration (502), logging the key', async () => {
    const { settle, logged } = await testSettle({ claimSettings: () => ({ presentation: { texts: { en: { 'contact.titel': 'Typo' } } } }) });
    const claimId = germanClaim().id;
    const exchanged = await settle.handle(post('/session', { token: await settle.createLinkToken({ claimId }) }));
    expect(exchanged.status).toBe(502);
    const response = await settle.handle(get(`/claims/${claimId}`, await settle.createSessionToken({ claimId })));
    expect(response.status).toBe(502);
    expect(logged.join('\n')).toContain('contact.titel');
  });
});
