import { expect } from '@open-wc/testing';
import { http, HttpResponse, delay } from 'msw';
import { germanClaim } from '../../../../tests/fixtures/claims.js';
import { claimApi, errorBody, TEST_API, useApi, type ApiCalls } from '../../test/support/api-mock.js';
import { ApiError } from './api-error.js';
import { ApiClient, apiUrl, resolveApiBase } from './client.js';
import { feedbackCheck } from './checks/recorded-requests.js';
import { paymentCheck } from './checks/payments.js';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('ApiClient', () => {
  it("calls a route by its contract name: the contract's method and path, the body, the session, and the route's check", async () => {
    const sent: { method: string; path: string; body: unknown; authorization: string | null }[] = [];
    await useApi(
      ...claimApi({ claim: germanClaim() }),
      http.post(`${TEST_API}/feedback`, async ({ request }) => {
        sent.push({ method: request.method, path: new URL(request.url).pathname, body: await request.json(), authorization: request.headers.get('authorization') });
        return HttpResponse.json({ reference: 'FBK-1', receivedAt: '2026-11-23T10:00:00.000Z' }, { status: 202 });
      }),
      http.post(`${TEST_API}/payments/:paymentId/confirm`, () => HttpResponse.json({ payment: { id: 42 } })),
    );
    const client = new ApiClient({ api: TEST_API });
    await client.startSession('link-1');
    const answer = await client.call('feedback', { score: 5, comment: 'Danke' }, { check: feedbackCheck });
    expect(answer.reference).to.equal('FBK-1');
    expect(sent).to.deep.equal([
      { method: 'POST', path: new URL(`${TEST_API}/feedback`, document.baseURI).pathname, body: { score: 5, comment: 'Danke' }, authorization: 'Bearer session-for-link-1' },
    ]);
    const refused = await rejection(client.call('paymentConfirm', undefined, { check: paymentCheck, params: { paymentId: 'pay_1' } }));
    expect((refused as ApiError).code).to.equal('invalid_response');
    if (sent.length < 0) {
      // Type checks only (never run): the contract types every call.
      // @ts-expect-error a feedback score is a number
      await client.call('feedback', { score: 'five' }, { check: feedbackCheck });
      // @ts-expect-error a route's answer is checked with one of its own checks
      await client.call('feedback', { score: 5 }, { check: paymentCheck });
      // @ts-expect-error a route the widget has no check for cannot be called
      await client.call('stripeWebhook', {}, { check: feedbackCheck });
    }
  });

  it('exchanges the link token and reads the claim with the session as bearer token', async () => {
    const calls: ApiCalls = { sessionTokens: [], claimAuthorizations: [] };
    await useApi(...claimApi({ claim: germanClaim() }, calls));
    const client = new ApiClient({ api: TEST_API });
    await client.startSession('link-1');
    const claim = await client.getClaim();
    expect(claim.id).to.equal('clm_de_1001');
    expect(calls.sessionTokens).to.deep.equal(['link-1']);
    expect(calls.claimAuthorizations).to.deep.equal(['Bearer session-for-link-1']);
  });

  it("turns the server's error envelope into an ApiError with its code and status", async () => {
    await useApi(...claimApi({ claim: germanClaim(), sessionError: { code: 'token_expired', status: 401 } }));
    const error = await rejection(new ApiClient({ api: TEST_API }).startSession('old-link'));
    expect(error).to.be.instanceOf(ApiError);
    expect((error as ApiError).code).to.equal('token_expired');
    expect((error as ApiError).status).to.equal(401);
  });

  it('reports a slow server as a timeout', async () => {
    await useApi(
      http.post(`${TEST_API}/session`, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const error = await rejection(new ApiClient({ api: TEST_API, timeoutMs: 50 }).startSession('link-timeout'));
    expect((error as ApiError).code).to.equal('timeout');
  });

  it('reports a failed connection as a network error', async () => {
    await useApi(http.post(`${TEST_API}/session`, () => HttpResponse.error()));
    const error = await rejection(new ApiClient({ api: TEST_API }).startSession('link-network'));
    expect((error as ApiError).code).to.equal('network');
  });

  it('refuses an answer that does not match the protocol schema', async () => {
    await useApi(http.post(`${TEST_API}/session`, () => HttpResponse.json({ sessionToken: 42 })));
    const error = await rejection(new ApiClient({ api: TEST_API }).startSession('link-invalid'));
    expect((error as ApiError).code).to.equal('invalid_response');
  });

  it('maps an unknown error code to unknown instead of trusting it', async () => {
    await useApi(http.post(`${TEST_API}/session`, () => HttpResponse.json({ error: { code: 'made_up', message: 'x' } }, { status: 400 })));
    const error = await rejection(new ApiClient({ api: TEST_API }).startSession('link'));
    expect((error as ApiError).code).to.equal('unknown');
  });

  it("passes the caller's abort through untouched", async () => {
    let arrived: () => void = () => {};
    const inFlight = new Promise<void>((resolve) => (arrived = resolve));
    await useApi(
      http.post(`${TEST_API}/session`, async () => {
        arrived();
        await delay('infinite');
        return HttpResponse.json(errorBody('internal'), { status: 500 });
      }),
    );
    const controller = new AbortController();
    const pending = new ApiClient({ api: TEST_API }).startSession('link-abort', controller.signal);
    await inFlight;
    controller.abort();
    const error = await rejection(pending);
    expect(error).not.to.be.instanceOf(ApiError);
    expect((error as DOMException).name).to.equal('AbortError');
  });

  it('renews a session that is about to expire before the next request', async () => {
    const calls: ApiCalls = { sessionTokens: [], claimAuthorizations: [] };
    await useApi(...claimApi({ claim: germanClaim() }, calls));
    let now = Date.now();
    const client = new ApiClient({ api: TEST_API, now: () => now });
    await client.startSession('link-2');
    now += 14.5 * 60_000; // inside the last minute of the 15-minute session
    await client.getClaim();
    expect(calls.sessionTokens).to.deep.equal(['link-2', 'session-for-link-2']);
    expect(calls.claimAuthorizations).to.deep.equal(['Bearer session-for-session-for-link-2']);
  });

  it('refuses an api base that is not http(s)', () => {
    expect(() => resolveApiBase('javascript:alert(1)')).to.throw(ApiError);
    expect(resolveApiBase('/settle/', 'https://pay.example/x').href).to.equal('https://pay.example/settle');
  });

  it('joins every spelling of the api base and a route into a URL on the same host', () => {
    const page = 'https://pay.example/pay/link';
    const joined = (api: string): string => apiUrl(resolveApiBase(api, page), '/session').href;
    expect(joined('http://localhost:5453')).to.equal('http://localhost:5453/session');
    expect(joined('http://localhost:5453/')).to.equal('http://localhost:5453/session');
    expect(joined('/')).to.equal('https://pay.example/session');
    expect(joined('/settle')).to.equal('https://pay.example/settle/session');
    expect(joined('/settle/')).to.equal('https://pay.example/settle/session');
    expect(joined('settle')).to.equal('https://pay.example/pay/settle/session');
    expect(joined('../settle/')).to.equal('https://pay.example/settle/session');
    expect(joined('https://api.example/v1/settle//')).to.equal('https://api.example/v1/settle/session');
  });

  it('sends the session exchange to the page origin when the api is mounted at the root', async () => {
    const urls: string[] = [];
    const fetch = async (input: RequestInfo | URL): Promise<Response> => {
      urls.push(String(input));
      return HttpResponse.json({ error: { code: 'token_invalid', message: 'no' } }, { status: 401 });
    };
    await rejection(new ApiClient({ api: '/', fetch }).startSession('link-root'));
    expect(urls).to.deep.equal([`${location.origin}/session`]);
  });

  it('tells the developer in the console what to check when the answer is not JSON or the request fails', async () => {
    const warned: string[] = [];
    const original = console.warn;
    console.warn = (message: unknown) => warned.push(String(message));
    try {
      const html = async (): Promise<Response> => new Response('<!doctype html><p>Not the API</p>', { status: 200, headers: { 'content-type': 'text/html' } });
      expect(((await rejection(new ApiClient({ api: '/wrong', fetch: html }).startSession('link'))) as ApiError).code).to.equal('invalid_response');
      const refused = async (): Promise<Response> => {
        throw new TypeError('Failed to fetch');
      };
      expect(((await rejection(new ApiClient({ api: 'https://api.example/settle', fetch: refused }).startSession('link'))) as ApiError).code).to.equal('network');
    } finally {
      console.warn = original;
    }
    expect(warned).to.have.length(2);
    expect(warned[0]).to.contain('without JSON').and.to.contain('basePath');
    expect(warned[1]).to.contain('POST https://api.example/settle/session failed').and.to.contain('allowedOrigins');
  });
});
