import { describe, expect, it } from 'vitest';
import { ContactResponse } from '@settle/protocol';
import { SUPPORT, callbackSettle, eventsOf, submit } from './callback-settle.js';

const callback = { channel: 'callback', phone: '+49 170 1234567', preferredTime: { days: ['mon', 'wed'], from: '17:00', to: '19:30', timeZone: 'Europe/Berlin' } };

describe('POST /contact-requests', () => {
  it('records a callback request in the preferred hours and offers the human route', async () => {
    const { settle, effects } = await callbackSettle();
    const token = await settle.createSessionToken({ claimId: 'clm_de_1001' });
    const response = await settle.handle(submit('/contact-requests', token, callback, 'contact-0001'));
    expect(response.status).toBe(202);
    const body = ContactResponse.parse(await response.json());
    expect(body.reference).toMatch(/^CON-/);
    expect(body.support.phone).toBe(SUPPORT.phone);
    expect(effects).toHaveLength(1);
    expect(effects[0]).toMatchObject({ type: 'contact.requested', claimId: 'clm_de_1001', data: { contact: { ...callback, hardship: false }, needsCare: false } });
  });

  it('passes hardship and vulnerability on so the debtor need not repeat them', async () => {
    const { settle, effects } = await callbackSettle();
    const token = await settle.createSessionToken({ claimId: 'clm_de_1001' });
    const request = { channel: 'phone', hardship: true, vulnerability: { involvesHealth: true, healthConsent: true, details: 'Im Krankenhaus bis Ende Dezember.', supportedByThirdParty: true } };
    expect((await settle.handle(submit('/contact-requests', token, request, 'contact-0002'))).status).toBe(202);
    expect(effects[0]?.data).toMatchObject({ contact: request, needsCare: true });
  });

  it('refuses health information without explicit consent and records nothing', async () => {
    const { settle, effects } = await callbackSettle();
    const token = await settle.createSessionToken({ claimId: 'clm_de_1001' });
    for (const healthConsent of [undefined, false]) {
      const response = await settle.handle(submit('/contact-requests', token, { channel: 'email', vulnerability: { involvesHealth: true, healthConsent, details: 'Depression' } }, 'contact-0003'));
      expect(response.status).toBe(422);
      expect(await response.json()).toMatchObject({ error: { code: 'consent_required' } });
    }
    expect(effects).toHaveLength(0);
  });

  it('rejects an unknown channel, an empty time window, a made-up time zone and a bad phone number', async () => {
    const { settle, effects } = await callbackSettle();
    const token = await settle.createSessionToken({ claimId: 'clm_de_1001' });
    const cases: [unknown, string][] = [
      [{ channel: 'fax' }, 'channel'],
      [{ channel: 'phone', preferredTime: { from: '18:00', to: '09:00' } }, 'preferredTime.to'],
      [{ channel: 'phone', preferredTime: { from: '09:00', to: '18:00', timeZone: 'Mars/Olympus' } }, 'preferredTime.timeZone'],
      [{ channel: 'phone', preferredTime: { from: '9am', to: '18:00' } }, 'preferredTime.from'],
      [{ channel: 'callback', phone: 'call me maybe' }, 'phone'],
    ];
    for (const [body, field] of cases) {
      const response = await settle.handle(submit('/contact-requests', token, body, 'contact-0004'));
      expect(response.status, field).toBe(400);
      expect(((await response.json()) as { error: { message: string } }).error.message, field).toContain(field);
    }
    expect(effects).toHaveLength(0);
  });

  it('records each new request once, however often it is retried', async () => {
    const { settle, effects } = await callbackSettle();
    const token = await settle.createSessionToken({ claimId: 'clm_de_1001' });
    const first = await settle.handle(submit('/contact-requests', token, { channel: 'email' }, 'contact-0005'));
    const retry = await settle.handle(submit('/contact-requests', token, { channel: 'email' }, 'contact-0005'));
    const next = await settle.handle(submit('/contact-requests', token, { channel: 'chat' }, 'contact-0006'));
    expect(await retry.text()).toBe(await first.text());
    expect(next.status).toBe(202);
    expect(eventsOf(effects, 'contact.requested').map((event) => event.data.contact.channel)).toEqual(['email', 'chat']);
  });
});
