import { describe, expect, it } from 'vitest';
import { germanClaim } from '../../../../tests/fixtures/claims.js';
import { get, sessionFor } from '../support.js';
import { fakeCardProvider } from './fake-card-provider.js';
import { confirmRequest, paymentOf, paymentSettle, startPayment, webhookRequest } from './support.js';

describe("a creditor's own payment provider", () => {
  it('takes a full payment through a provider module passed in one line of configuration, and books it once', async () => {
    const fake = fakeCardProvider();
    const test = await paymentSettle({ stripe: fake });

    const { token, payment } = await startPayment(test, { option: 'full', provider: 'stripe' });
    expect(payment).toMatchObject({ provider: 'stripe', status: 'requires_payment', amount: germanClaim().total });
    const reference = [...fake.payments.keys()][0]!;
    expect(payment.client).toEqual({ provider: 'stripe', clientSecret: `${reference}_secret`, publishableKey: 'pk_fake' });

    fake.pay(reference);
    const event = fake.webhookFor(reference);
    expect((await test.settle.handle(webhookRequest('stripe', event.body, event.headers))).status).toBe(200);
    // The same event again (providers retry) changes nothing.
    expect((await test.settle.handle(webhookRequest('stripe', event.body, event.headers))).status).toBe(200);

    expect((await paymentOf(await test.settle.handle(confirmRequest(token, payment.id)))).status).toBe('succeeded');
    expect(test.succeeded).toHaveLength(1);
    expect(test.succeeded[0]?.data).toMatchObject({ paymentId: payment.id, provider: 'stripe', reference, amount: germanClaim().total });
  });

  it("offers the provider's checkout to the widget, in the configured order", async () => {
    const test = await paymentSettle({ stripe: fakeCardProvider(), sandbox: true });
    const token = await sessionFor(test.settle, germanClaim().id);
    const config = (await (await test.settle.handle(get('/payments/config', token))).json()) as { providers: { provider: string }[] };
    expect(config.providers).toEqual([
      { provider: 'stripe', publishableKey: 'pk_fake', wallets: [], autopay: false },
      { provider: 'sandbox', autopay: true },
    ]);
  });

  it('refuses a webhook its provider does not verify, and books nothing', async () => {
    const fake = fakeCardProvider();
    const test = await paymentSettle({ stripe: fake });
    await startPayment(test, { option: 'full', provider: 'stripe' });
    const reference = [...fake.payments.keys()][0]!;
    fake.pay(reference);
    const forged = fake.webhookFor(reference, 'a-guessed-secret');
    expect((await test.settle.handle(webhookRequest('stripe', forged.body, forged.headers))).status).toBe(400);
    expect(test.succeeded).toHaveLength(0);
  });

  it('refuses at start-up a provider in a slot of another name, naming the slot and the factory', async () => {
    await expect(paymentSettle({ paypal: fakeCardProvider() })).rejects.toThrow(
      /providers\.paypal must be a payment provider named "paypal": paypalProvider\(\{\.\.\.\}\).*Got a provider named "stripe"/,
    );
  });

  it('refuses at start-up the options object a provider factory takes, saying to wrap it', async () => {
    const options = { secretKey: 'sk_test_x', publishableKey: 'pk_test_x', webhookSecrets: ['whsec_x'] };
    await expect(paymentSettle({ stripe: options as never })).rejects.toThrow(
      /providers\.stripe must be a payment provider.*stripeProvider\(\{\.\.\.\}\).*an options object \(wrap it in the factory\)/,
    );
  });
});
