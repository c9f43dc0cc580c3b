import type { PreferredTime } from '@settle/protocol';
import { describe, expect, it } from 'vitest';
import type { ClaimSettings } from '../../src/index.js';
import { withinCallbackHours } from '../../src/support/callback-hours.js';
import { get } from '../support.js';
import { callbackSettle, submit } from './callback-settle.js';

const STADTWERKE: ClaimSettings = {
  support: {
    phone: '+49 30 1234567',
    email: 'service@stadtwerke.example',
    callbackHours: {
      timeZone: 'Europe/Berlin',
      windows: [
        { days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '08:00', to: '18:00' },
        { days: ['sat'], from: '09:00', to: '13:00' },
      ],
    },
  },
};
const NO_CHAT: ClaimSettings = { support: { phone: '+1 312 555 0140', email: 'help@kindrecovery.example' } };
const WINTER = new Date('2026-12-03T10:00:00Z');

describe('callback slots within the claim’s callback hours', () => {
  it.each<[string, PreferredTime, boolean]>([
    ['a weekday morning in Berlin', { days: ['mon', 'wed'], from: '09:00', to: '11:00', timeZone: 'Europe/Berlin' }, true],
    ['Saturday morning', { days: ['sat'], from: '09:30', to: '12:00', timeZone: 'Europe/Berlin' }, true],
    ['any day, 17:00-18:00', { from: '17:00', to: '18:00' }, true],
    ['a weekday evening', { days: ['tue'], from: '18:00', to: '20:00', timeZone: 'Europe/Berlin' }, false],
    ['Sunday', { days: ['sun'], from: '10:00', to: '11:00', timeZone: 'Europe/Berlin' }, false],
    ['Saturday afternoon', { days: ['sat'], from: '12:00', to: '14:00', timeZone: 'Europe/Berlin' }, false],
    ['08:00-10:00 in London (09:00-11:00 in Berlin)', { days: ['fri'], from: '08:00', to: '10:00', timeZone: 'Europe/London' }, true],
    ['17:00-18:00 in London (18:00-19:00 in Berlin)', { days: ['fri'], from: '17:00', to: '18:00', timeZone: 'Europe/London' }, false],
    ['09:00-11:00 in Chicago (16:00-18:00 in Berlin)', { days: ['thu'], from: '09:00', to: '11:00', timeZone: 'America/Chicago' }, true],
    ['20:00-22:00 in Chicago (past midnight in Berlin)', { days: ['thu'], from: '20:00', to: '22:00', timeZone: 'America/Chicago' }, false],
  ])('%s: inside the hours is %s', (_name, slot, inside) => {
    expect(withinCallbackHours(slot, STADTWERKE.support!.callbackHours!, WINTER)).toBe(inside);
  });

  it('accepts a callback inside the hours and refuses one outside with a typed 422, recording nothing for it', async () => {
    const { settle, effects } = await callbackSettle({}, { claimSettings: () => STADTWERKE });
    const token = await settle.createSessionToken({ claimId: 'clm_de_1001' });
    const inside = await settle.handle(
      submit('/contact-requests', token, { channel: 'callback', preferredTime: { days: ['mon'], from: '09:00', to: '10:00', timeZone: 'Europe/Berlin' } }, 'contact-hours-1'),
    );
    expect(inside.status).toBe(202);
    const outside = await settle.handle(
      submit('/contact-requests', token, { channel: 'callback', preferredTime: { days: ['sun'], from: '09:00', to: '10:00', timeZone: 'Europe/Berlin' } }, 'contact-hours-2'),
    );
    expect(outside.status).toBe(422);
    expect(await outside.json()).toMatchObject({ error: { code: 'contact_unavailable' } });
    expect(effects).toHaveLength(1);
  });

  it('offers the claim’s callback hours with its journey, in the creditor’s time zone, for the contact form to show', async () => {
    const { settle } = await callbackSettle({}, { claimSettings: (claim) => (claim.id === 'clm_us_2002' ? NO_CHAT : STADTWERKE) });
    const supportOf = async (claimId: string) => {
      const response = await settle.handle(get('/journey', await settle.createSessionToken({ claimId })));
      return ((await response.json()) as { journey: { support: ClaimSettings['support'] } }).journey.support;
    };
    expect((await supportOf('clm_de_1001'))?.callbackHours).toEqual(STADTWERKE.support?.callbackHours);
    expect((await supportOf('clm_us_2002'))?.callbackHours).toBeUndefined();
  });

  it('refuses chat for a claim whose support names none, and accepts it where one is configured', async () => {
    const { settle, effects } = await callbackSettle({}, { claimSettings: (claim) => (claim.id === 'clm_us_2002' ? NO_CHAT : {}) });
    const us = await settle.handle(submit('/contact-requests', await settle.createSessionToken({ claimId: 'clm_us_2002' }), { channel: 'chat' }, 'contact-chat-1'));
    expect(us.status).toBe(422);
    expect(await us.json()).toMatchObject({ error: { code: 'contact_unavailable' } });
    const de = await settle.handle(submit('/contact-requests', await settle.createSessionToken({ claimId: 'clm_de_1001' }), { channel: 'chat' }, 'contact-chat-2'));
    expect(de.status).toBe(202);
    expect(effects).toHaveLength(1);
  });
});
