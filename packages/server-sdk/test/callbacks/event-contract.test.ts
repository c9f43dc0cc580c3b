import { SETTLE_EVENTS } from '@settle/protocol';
import { describe, expect, it } from 'vitest';
import { germanClaim, usClaim } from '../../../../tests/fixtures/claims.js';
import { validateClaim, type SettleEvent } from '../../src/index.js';
import { callbackSettle, submit } from './callback-settle.js';

/** The event's data read through its contract schema: unchanged when the schema describes exactly what was sent. */
function throughContract(event: SettleEvent): unknown {
  return SETTLE_EVENTS[event.type].data.parse(event.data);
}

describe('the event contract', () => {
  it('describes exactly the data sent with a dispute, a contact request and feedback', async () => {
    const { settle, effects } = await callbackSettle();
    const german = await settle.createSessionToken({ claimId: germanClaim().id });
    const us = await settle.createSessionToken({ claimId: usClaim().id });
    const contact = {
      channel: 'callback',
      phone: '+49 170 1234567',
      preferredTime: { days: ['mon'], from: '17:00', to: '19:00', timeZone: 'Europe/Berlin' },
      note: 'Abends',
      vulnerability: { involvesHealth: false, details: 'Kurzarbeit' },
    };
    const answers = [
      await settle.handle(submit('/disputes', us, { reason: 'other', note: 'Paid in March', requestOriginalCreditor: true }, 'dispute-0001')),
      await settle.handle(submit('/contact-requests', german, contact, 'contact-0001')),
      await settle.handle(submit('/feedback', german, { score: 4, comment: ' Freundlich ', contactChannel: 'email', preferredTime: { from: '09:00', to: '12:00' } })),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([202, 202, 202]);
    await settle.drain();
    expect(effects.map((event) => event.type).sort()).toEqual(['contact.requested', 'dispute.opened', 'feedback.given']);
    for (const event of effects) expect(throughContract(event)).toEqual(event.data);
  });

  it('refuses a field the schema does not know, so the check above can fail', () => {
    const event = { ...effectOf('feedback.given'), data: { feedback: { score: 4 }, scale: { min: 1, max: 5 }, extra: true } } as unknown as SettleEvent;
    expect(throughContract(event)).not.toEqual(event.data);
  });
});

describe('validateClaim', () => {
  it('accepts a valid claim and names the field of an invalid one', () => {
    expect(validateClaim(germanClaim())).toMatchObject({ ok: true, claim: { id: germanClaim().id } });
    const euroFloat = { ...germanClaim(), total: { amount: 128.37, currency: 'EUR' } };
    const checked = validateClaim(euroFloat);
    expect(checked.ok).toBe(false);
    expect(checked.ok ? '' : checked.problem).toMatch(/^total\.amount: /);
  });
});

function effectOf(type: 'feedback.given'): Omit<SettleEvent<'feedback.given'>, 'data'> {
  return { id: `${type}:clm_1:s1`, type, claimId: 'clm_1', createdAt: '2026-11-23T10:00:00.000Z' };
}
