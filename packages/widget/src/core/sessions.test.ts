import { expect } from '@open-wc/testing';
import { ROUTES, type Claim, type SessionResponse } from '@settle/protocol';
import { http, HttpResponse } from 'msw';
import { germanClaim } from '../../../../tests/fixtures/claims.js';
import { TEST_API, useApi } from '../../test/support/api-mock.js';
import { resetSettleState } from '../../test/support/element.js';
import { ApiError } from '../api/api-error.js';
import { handOnClaim, openSession, readClaim } from './sessions.js';

interface Recorded {
  exchanges: number;
  claimReads: number;
}

/** POST /session answering with `carried` as its claim (none when undefined), and GET /claims/:claimId. */
async function api(carried: unknown, stored: Claim = germanClaim()): Promise<Recorded> {
  const recorded: Recorded = { exchanges: 0, claimReads: 0 };
  await useApi(
    http.post(`${TEST_API}${ROUTES.session}`, () => {
      recorded.exchanges += 1;
      const now = Date.now();
      const session: SessionResponse = { sessionToken: 'session-1', claimId: stored.id, expiresAt: now + 15 * 60_000, absoluteExpiresAt: now + 90 * 60_000, identityRequired: false };
      return HttpResponse.json(carried === undefined ? session : { ...session, claim: carried });
    }),
    http.get(`${TEST_API}/claims/:claimId`, () => {
      recorded.claimReads += 1;
      return HttpResponse.json({ claim: stored });
    }),
  );
  return recorded;
}

describe('readClaim', () => {
  beforeEach(resetSettleState);

  it('takes the claim the exchange carried for the first read, and asks the server for every later one', async () => {
    const recorded = await api(germanClaim({ status: 'open' }), germanClaim({ status: 'disputed' }));
    const session = await openSession(TEST_API, 'link-a');
    expect((await readClaim(session)).status).to.equal('open');
    expect(recorded.claimReads).to.equal(0);
    expect((await readClaim(session)).status, 'a later read sees what changed').to.equal('disputed');
    expect(recorded).to.deep.equal({ exchanges: 1, claimReads: 1 });
  });

  it('keeps the carried claim out of the shared session answer, so nothing reads it a second time', async () => {
    await api(germanClaim());
    const session = await openSession(TEST_API, 'link-b');
    expect(session.session).to.not.have.property('claim');
    expect(session.session.sessionToken).to.equal('session-1');
  });

  it('asks the server when the exchange carried no claim (the identity check is owed, or an older server)', async () => {
    const recorded = await api(undefined);
    const session = await openSession(TEST_API, 'link-c');
    expect((await readClaim(session)).id).to.equal(germanClaim().id);
    expect(recorded.claimReads).to.equal(1);
  });

  it('gives a claim handed on to the next read, once', async () => {
    const recorded = await api(undefined);
    const session = await openSession(TEST_API, 'link-d');
    const read = await readClaim(session);
    handOnClaim(session, { claim: read });
    expect(await readClaim(session)).to.equal(read);
    expect(recorded.claimReads).to.equal(1);
    await readClaim(session);
    expect(recorded.claimReads).to.equal(2);
  });

  it('refuses an exchange whose claim breaks the contract', async () => {
    await api({ id: 'clm_x', lines: 'not a list' });
    const error = await openSession(TEST_API, 'link-e').then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).to.be.instanceOf(ApiError);
    expect((error as ApiError).code).to.equal('invalid_response');
  });
});
