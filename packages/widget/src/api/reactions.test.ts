import { expect } from '@open-wc/testing';
import { germanClaim } from '../../../../tests/fixtures/claims.js';
import { claimApi, useApi } from '../../test/support/api-mock.js';
import { waitUntil } from '../../test/support/testing.js';
import { ApiClient } from './client.js';
import { report } from './reactions.js';

interface Sent {
  url: string;
  init: RequestInit;
}

/** A client with an open session whose later requests go to `answer` instead of the network. */
async function clientSending(answer: (sent: Sent) => Promise<Response>): Promise<{ client: ApiClient; sent: Sent[] }> {
  await useApi(...claimApi({ claim: germanClaim() }));
  const sent: Sent[] = [];
  const opener = new ApiClient({ api: '/settle-test' });
  const session = await opener.startSession('link-1');
  const client = new ApiClient({
    api: '/settle-test',
    fetch: async (input, init = {}) => {
      const request = { url: String(input), init };
      if (String(input).endsWith('/session')) return globalThis.fetch(input, init);
      sent.push(request);
      return answer(request);
    },
  });
  await client.startSession(session.sessionToken);
  return { client, sent };
}

describe('report (reactions)', () => {
  it('posts the reaction with keepalive and the session token, in a few bytes', async () => {
    const { client, sent } = await clientSending(async () => new Response(null, { status: 204 }));
    report(client, { type: 'step.viewed', step: 'quiz' });
    await waitUntil(() => sent.length === 1, 'the report is sent');
    const [request] = sent;
    expect(request?.url).to.match(/\/settle-test\/reactions$/);
    expect(request?.init.method).to.equal('POST');
    expect(request?.init.keepalive).to.equal(true);
    expect((request!.init.headers as Record<string, string>).authorization).to.equal('Bearer session-for-session-for-link-1');
    expect(request?.init.body).to.equal('{"type":"step.viewed","step":"quiz"}');
  });

  it('swallows a failed report or a missing session: the debtor never sees either', async () => {
    const { client, sent } = await clientSending(
      async () => new Response(JSON.stringify({ error: { code: 'rate_limited', message: 'no' } }), { status: 429, headers: { 'content-type': 'application/json' } }),
    );
    expect(await report(client, { type: 'claim.viewed' })).to.equal(undefined);
    expect(await report(undefined, { type: 'claim.viewed' })).to.equal(undefined);
    expect(sent).to.have.length(1);
  });
});
