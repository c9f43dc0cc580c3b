import { createHmac } from 'node:crypto';
import type { Payment } from '@settle/protocol';
import type { SettleEvent } from '@settle/server-sdk';
import { beforeEach, describe, expect, it } from 'vitest';
import { ATTACKER, BASE, VICTIM, VICTIM_SECRETS, bearer, expectClientError, expectTypedError, harness, post, sessionFor, type Harness } from './support.js';

/**
 * A debtor (or a script on the page) tampering with what the browser sends: amounts,
 * currencies, other people's payments, and "it worked" claims the provider never made.
 * The server computes every amount and believes "paid" only from the provider.
 */

const SANDBOX_SECRET = 'sandbox-webhook-secret-for-the-security-suite';

let h: Harness;
let succeeded: SettleEvent[];
let session: string;

beforeEach(async () => {
  succeeded = [];
  h = await harness({ providers: { sandbox: { webhookSecret: SANDBOX_SECRET } }, delivery: { backoffMs: 1 } }, { onPaymentSucceeded: async (event) => void succeeded.push(event) });
  session = await sessionFor(h.settle, VICTIM.id);
});

function createPayment(body: string, token = session, key = `tamper-${crypto.randomUUID()}`): Request {
  return new Request(`${BASE}/payments`, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': key, ...bearer(token) }, body });
}

async function createdPayment(response: Response): Promise<Payment> {
  expect([200, 201]).toContain(response.status);
  return ((await response.json()) as { payment: Payment }).payment;
}

describe('client-supplied amounts', () => {
  // Raw JSON text, so values JSON.stringify cannot produce (1e309) reach the server as sent.
  const amounts = ['1', '-100', '0', '1e309', '"10.005"', '{"amount":1,"currency":"EUR"}', '{"amount":12837,"currency":"JPY"}', '{"amount":-100,"currency":"EUR"}', 'null', '[1]'];

  for (const amount of amounts) {
    it(`ignores or refuses amount ${amount}: a created payment always collects the server's total`, async () => {
      const body = `{"option":"full","provider":"sandbox","amount":${amount},"currency":"JPY","total":${amount}}`;
      const response = await h.settle.handle(createPayment(body));
      if (response.status >= 400) {
        await expectClientError(response, amount);
        return;
      }
      expect((await createdPayment(response)).amount).toEqual(VICTIM.total);
    });
  }

  for (const partial of ['1', '-100', '0', '1e309', '"10.005"', '10.005', '99999999999999999999', '{"amount":1,"currency":"EUR"}']) {
    it(`refuses partialAmount ${partial} with a typed 4xx unless the policy allows exactly that amount`, async () => {
      const response = await h.settle.handle(createPayment(`{"option":"partial","provider":"sandbox","partialAmount":${partial}}`));
      await expectClientError(response, partial);
    });
  }

  it('refuses an option or provider outside the enumerations', async () => {
    for (const body of ['{"option":"free","provider":"sandbox"}', '{"option":"full","provider":"evil"}', '{"option":"full","provider":"stripe"}', '{"option":"full"}']) {
      const response = await h.settle.handle(createPayment(body));
      const error = await expectClientError(response, body);
      expect(['bad_request', 'provider_not_enabled', 'payment_invalid']).toContain(error.error.code);
    }
  });
});

describe("other people's payments", () => {
  it("answers the attacker's session on the victim's payment with 404 and no data, on read and confirm", async () => {
    const victimPayment = await createdPayment(await h.settle.handle(createPayment('{"option":"full","provider":"sandbox"}')));
    const attacker = await sessionFor(h.settle, ATTACKER.id);
    const read = await h.settle.handle(new Request(`${BASE}/payments/${victimPayment.id}`, { headers: bearer(attacker) }));
    const confirm = await h.settle.handle(new Request(`${BASE}/payments/${victimPayment.id}/confirm`, { method: 'POST', headers: bearer(attacker) }));
    for (const response of [read, confirm]) {
      const { text } = await expectTypedError(response, ['not_found']);
      expect(text).not.toContain(victimPayment.id);
      for (const secret of VICTIM_SECRETS) expect(text).not.toContain(secret);
    }
    // The answer for someone else's payment is the one for no payment at all: ids cannot be probed.
    const probe = async (id: string) => (await h.settle.handle(new Request(`${BASE}/payments/${id}`, { headers: bearer(attacker) }))).json();
    expect(await probe(victimPayment.id)).toEqual(await probe('pay_doesnotexist'));
  });

  it("gives the attacker their own payment when they reuse the victim's Idempotency-Key", async () => {
    const key = 'shared-key-guessed-by-attacker';
    const victimPayment = await createdPayment(await h.settle.handle(createPayment('{"option":"full","provider":"sandbox"}', session, key)));
    const attacker = await sessionFor(h.settle, ATTACKER.id);
    const attackerPayment = await createdPayment(await h.settle.handle(createPayment('{"option":"full","provider":"sandbox"}', attacker, key)));
    expect(attackerPayment.id).not.toBe(victimPayment.id);
    expect(attackerPayment.claimId).toBe(ATTACKER.id);
    expect(attackerPayment.amount).toEqual(ATTACKER.total);
  });

  it("refuses to authorize a sandbox payment with another payment's client secret", async () => {
    const victimPayment = await createdPayment(await h.settle.handle(createPayment('{"option":"full","provider":"sandbox"}')));
    const attacker = await sessionFor(h.settle, ATTACKER.id);
    const attackerPayment = await createdPayment(await h.settle.handle(createPayment('{"option":"full","provider":"sandbox"}', attacker)));
    const victimRef = (victimPayment.client as { reference: string }).reference;
    const attackerSecret = (attackerPayment.client as { clientSecret: string }).clientSecret;
    for (const clientSecret of [attackerSecret, `${victimRef}_secret_`, 'x']) {
      const response = await h.settle.handle(post(`/sandbox/payments/${victimRef}/authorize`, { clientSecret, scenario: 'success' }));
      await expectTypedError(response, ['not_found']);
    }
  });
});

describe('success claimed by the browser', () => {
  it('does not believe a confirmation the provider has not made, whatever the request says', async () => {
    const payment = await createdPayment(await h.settle.handle(createPayment('{"option":"full","provider":"sandbox"}')));
    // A return URL and a body that both claim success, as a tampered redirect or script would send.
    const confirm = new Request(`${BASE}/payments/${payment.id}/confirm?redirect_status=succeeded&payment_intent=${payment.id}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(session) },
      body: JSON.stringify({ status: 'succeeded', paid: true, amount: VICTIM.total }),
    });
    const response = await h.settle.handle(confirm);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { payment: Payment }).payment.status).not.toBe('succeeded');
    await h.settle.drain();
    expect(succeeded).toHaveLength(0);
  });

  it('does not believe an unsigned or self-signed sandbox webhook claiming success', async () => {
    const payment = await createdPayment(await h.settle.handle(createPayment('{"option":"full","provider":"sandbox"}')));
    const reference = (payment.client as { reference: string }).reference;
    const event = JSON.stringify({ id: 'evt_forged', type: 'payment.updated', payment: { reference, status: 'succeeded', amount: VICTIM.total, claimId: VICTIM.id, paymentId: payment.id } });
    const t = Math.floor(h.clock.now / 1000);
    for (const header of [undefined, `t=${t},v1=${createHmac('sha256', 'attacker-secret').update(`${t}.${event}`).digest('hex')}`]) {
      const response = await h.settle.handle(
        new Request(`${BASE}/webhooks/sandbox`, { method: 'POST', headers: { 'content-type': 'application/json', ...(header ? { 'settle-sandbox-signature': header } : {}) }, body: event }),
      );
      await expectTypedError(response, ['webhook_invalid']);
    }
    const read = await h.settle.handle(new Request(`${BASE}/payments/${payment.id}`, { headers: bearer(session) }));
    expect(((await read.json()) as { payment: Payment }).payment.status).toBe('requires_payment');
    await h.settle.drain();
    expect(succeeded).toHaveLength(0);
  });

  it('marks paid only after the provider authorizes, then refuses a second payment of the same balance', async () => {
    const payment = await createdPayment(await h.settle.handle(createPayment('{"option":"full","provider":"sandbox"}')));
    const { reference, clientSecret } = payment.client as { reference: string; clientSecret: string };
    expect((await h.settle.handle(post(`/sandbox/payments/${reference}/authorize`, { clientSecret, scenario: 'success' }))).status).toBe(200);
    const confirmed = await h.settle.handle(new Request(`${BASE}/payments/${payment.id}/confirm`, { method: 'POST', headers: bearer(session) }));
    expect(((await confirmed.json()) as { payment: Payment }).payment.status).toBe('succeeded');
    await h.settle.drain();
    expect(succeeded).toHaveLength(1);
    await expectTypedError(await h.settle.handle(createPayment('{"option":"full","provider":"sandbox"}')), ['claim_settled']);
  });
});

interface SignedOffer {
  offer: { id: string; terms: { kind: string; latestDate?: string } };
  token: string;
}

describe('plans outside the signed offer', () => {
  let accepted: SettleEvent[];
  let planHarness: Harness;
  let planSession: string;

  beforeEach(async () => {
    accepted = [];
    planHarness = await harness({}, { onPlanAccepted: async (event) => void accepted.push(event), onPromiseToPay: async (event) => void accepted.push(event) });
    planSession = await sessionFor(planHarness.settle, VICTIM.id);
  });

  async function offers(token = planSession): Promise<SignedOffer[]> {
    const response = await planHarness.settle.handle(new Request(`${BASE}/offers`, { headers: bearer(token) }));
    expect(response.status).toBe(200);
    return ((await response.json()) as { offers: SignedOffer[] }).offers;
  }

  function accept(offerToken: string, choice: unknown, token = planSession): Promise<Response> {
    return planHarness.settle.handle(post('/plans', { offerToken, choice }, bearer(token)));
  }

  async function expectNoPlan(): Promise<void> {
    await expectTypedError(await planHarness.settle.handle(new Request(`${BASE}/plan`, { headers: bearer(planSession) })), ['not_found']);
    await planHarness.settle.drain();
    expect(accepted).toHaveLength(0);
  }

  it('refuses instalment choices outside the policy (count, amount, currency, dates, down payment) and records nothing', async () => {
    const instalments = (await offers()).find((offer) => offer.offer.terms.kind === 'instalments');
    expect(instalments, 'the default policy offers instalments').toBeDefined();
    const choices = [
      { kind: 'instalments', count: 1000 },
      { kind: 'instalments', count: 0 },
      { kind: 'instalments', count: -3 },
      { kind: 'instalments', instalmentAmount: { amount: 1, currency: 'EUR' } },
      { kind: 'instalments', instalmentAmount: { amount: 5000, currency: 'USD' } },
      { kind: 'instalments', count: 3, firstDueDate: '2099-01-01' },
      { kind: 'instalments', count: 3, firstDueDate: '2000-01-01' },
      { kind: 'instalments', count: 3, downPayment: { amount: -100, currency: 'EUR' } },
      { kind: 'instalments', count: 3, downPayment: { amount: 1e9, currency: 'EUR' } },
      { kind: 'instalments', count: 3, frequency: 'daily' },
      { kind: 'pay_in_full' },
    ];
    for (const choice of choices) await expectClientError(await accept(instalments?.token ?? '', choice), JSON.stringify(choice));
    await expectNoPlan();
  });

  it('refuses a deferral past the latest date the offer allows', async () => {
    const deferral = (await offers()).find((offer) => offer.offer.terms.kind === 'deferral');
    expect(deferral).toBeDefined();
    for (const date of ['2099-12-31', '1999-01-01', '2026-02-30']) {
      await expectClientError(await accept(deferral?.token ?? '', { kind: 'deferral', date }), date);
    }
    await expectNoPlan();
  });

  it('refuses an offer made for an older balance version with offer_stale', async () => {
    const [first] = await offers();
    // The creditor recorded a payment since: same claim, new balance version.
    planHarness.claims.set(VICTIM.id, { ...VICTIM, balanceVersion: VICTIM.balanceVersion + 1 });
    await expectTypedError(await accept(first?.token ?? '', { kind: 'pay_in_full' }), ['offer_stale']);
    await expectNoPlan();
  });

  it("refuses the victim's signed offer under the attacker's session", async () => {
    const [first] = await offers();
    const attacker = await sessionFor(planHarness.settle, ATTACKER.id);
    const response = await accept(first?.token ?? '', { kind: 'pay_in_full' }, attacker);
    await expectClientError(response);
    await expectNoPlan();
  });

  it('refuses an offer token whose terms were edited after signing', async () => {
    const instalments = (await offers()).find((offer) => offer.offer.terms.kind === 'instalments');
    const [header, payload, signature] = (instalments?.token ?? '').split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { offer: { terms: Record<string, unknown> } };
    claims.offer.terms = { ...claims.offer.terms, maxCount: 1000, costs: { amount: 0, currency: 'EUR' } };
    const forged = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    await expectClientError(await accept(forged, { kind: 'instalments', count: 1000 }));
    await expectNoPlan();
  });
});
