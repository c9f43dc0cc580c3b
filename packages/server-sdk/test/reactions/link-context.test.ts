import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { LinkTokenClaims, SessionResponse, SessionTokenClaims } from '@settle/protocol';
import { post, testSettle } from '../support.js';

describe('the link carries its message channel and phase', () => {
  it('signs channel and phase into the link token as ch and ph', async () => {
    const { settle } = await testSettle();
    const link = await settle.createLinkToken({ claimId: 'clm_de_1001', channel: 'sms', phase: 'second_reminder' });
    expect(LinkTokenClaims.parse(decodeJwt(link))).toMatchObject({ ch: 'sms', ph: 'second_reminder' });
  });

  it('carries them from the link into the session and through a renewal', async () => {
    const { settle, clock } = await testSettle();
    const link = await settle.createLinkToken({ claimId: 'clm_de_1001', channel: 'letter', phase: 'final_notice' });
    const opened = SessionResponse.parse(await (await settle.handle(post('/session', { token: link }))).json());
    expect(SessionTokenClaims.parse(decodeJwt(opened.sessionToken))).toMatchObject({ ch: 'letter', ph: 'final_notice' });
    clock.now += 10 * 60_000;
    const renewed = SessionResponse.parse(await (await settle.handle(post('/session', { token: opened.sessionToken }))).json());
    expect(SessionTokenClaims.parse(decodeJwt(renewed.sessionToken))).toMatchObject({ ch: 'letter', ph: 'final_notice' });
  });

  it('leaves both out of a link signed without them', async () => {
    const { settle } = await testSettle();
    const claims = decodeJwt(await settle.createLinkToken({ claimId: 'clm_de_1001' }));
    expect(claims).not.toHaveProperty('ch');
    expect(claims).not.toHaveProperty('ph');
  });

  it('refuses to sign a channel or phase Settle does not know, which no session would accept', async () => {
    const { settle } = await testSettle();
    await expect(settle.createLinkToken({ claimId: 'clm_de_1001', channel: 'fax' as never })).rejects.toThrow(/channel must be one of email, sms, whatsapp, letter/);
    await expect(settle.createLinkToken({ claimId: 'clm_de_1001', phase: 'court' as never })).rejects.toThrow(/phase must be one of first_reminder/);
  });
});
