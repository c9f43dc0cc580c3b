import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ROUTES, type CheckoutConfig, type Money } from '@settle/protocol';
import type { StripeError } from '@stripe/stripe-js';
import { http, HttpResponse } from 'msw';
import { germanClaim } from '../../../../../tests/fixtures/claims.js';
import { claimApi, TEST_API, useApi } from '../../../test/support/api-mock.js';
import { animationsFinished, resetSettleState } from '../../../test/support/element.js';
import { journeyApi } from '../../../test/support/journey-api.js';
import { FakePaymentsApi } from '../../../test/support/payments-api.mock.js';
import { FakeStripeJs } from '../../../test/support/stripe-js.fake.js';
import type { ApiClient } from '../../api/client.js';
import type { SettlePaymentSuccessEvent } from '../../events/settle-payment-success.js';
import '../checkout/define.js';
import '../claim-summary/define.js';
import '../feedback/define.js';
import { fastestWallet } from './express.js';
import type { SettleFlow } from './flow.js';
import './define.js';

/**
 * Stripe's Express Checkout Element on the first screen. Stripe.js itself is never reached:
 * msw serves js.stripe.com as a script that hands `window.Stripe` to this file's fake, so the
 * widget's real loader (`@stripe/stripe-js/pure`) runs and every script request is seen.
 */
const scriptRequests: { url: string; claimPainted: boolean }[] = [];
/** The claim and "pay now" are on screen. */
function painted(): boolean {
  const element = document.querySelector<SettleFlow>('settle-flow');
  return Boolean(element && inner(element, '[part~="pay-now-button"]') && inner(element, 'settle-claim-summary')?.shadowRoot?.querySelector('[part~="total"]'));
}
let fake = new FakeStripeJs();
(window as unknown as { settleTestStripe: FakeStripeJs['windowStripe'] }).settleTestStripe = (...args) => fake.windowStripe(...args);
const stripeJs = http.get('https://js.stripe.com/*', ({ request }) => {
  scriptRequests.push({ url: request.url, claimPainted: painted() });
  return new HttpResponse('window.Stripe = (...args) => window.settleTestStripe(...args);', { headers: { 'content-type': 'text/javascript' } });
});

const claim = germanClaim();
/** Less than the claim's total (a part was paid): the wallet must offer what is open. */
const OPEN: Money = { amount: claim.total.amount - 2000, currency: 'EUR' };

interface FirstScreen {
  element: SettleFlow;
  api: FakePaymentsApi;
  /** Whether the claim was painted when the flow asked for the payment settings, per request. */
  configAsked: boolean[];
  /** Lets the payment settings through (held until then, when `hold` was asked for). */
  release: () => void;
}

const STRIPE = { provider: 'stripe', publishableKey: 'pk_test_fake', wallets: ['apple_pay', 'google_pay'], autopay: true } as const;
const PAYPAL = { provider: 'paypal', clientId: 'fake-client-id', autopay: false } as const;

async function firstScreen(options: { hold?: boolean; claimDelayMs?: number; config?: unknown } = {}): Promise<FirstScreen> {
  const api = new FakePaymentsApi();
  // Any answer, as a server might send it: the first screen must cope with a malformed one.
  api.config = (options.config ?? { providers: [STRIPE] }) as CheckoutConfig;
  api.total = OPEN;
  const configAsked: boolean[] = [];
  let release: () => void = () => undefined;
  const held = options.hold ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve();
  await useApi(
    stripeJs,
    http.get(`${TEST_API}${ROUTES.paymentsConfig}`, async () => {
      configAsked.push(painted());
      await held;
      return HttpResponse.json(api.config);
    }),
    ...api.handlers(),
    ...claimApi({ claim, outcome: { state: 'open', openTotal: OPEN, receipts: [], feedbackGiven: false }, ...(options.claimDelayMs ? { delayMs: options.claimDelayMs } : {}) }),
    http.post(`${TEST_API}${ROUTES.reactions}`, () => new HttpResponse(null, { status: 204 })),
    ...journeyApi(),
  );
  const element = await fixture<SettleFlow>(html`<settle-flow api=${TEST_API} token="link-de" locale="de"></settle-flow>`);
  await waitUntil(painted, 'the first screen shows the claim and "pay now"');
  // The sections under the decision and the help below them follow a frame later: the layout is compared from then on.
  await waitUntil(() => inner(element, '[part~="help"]'), 'the rest of the first screen follows');
  return { element, api, configAsked, release };
}

const inner = (element: SettleFlow, selector: string) => element.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
const step = (element: SettleFlow) => inner(element, '.flow')?.getAttribute('data-step') ?? null;
const walletShown = (element: SettleFlow) => inner(element, '[part~="express"][data-wallet="stripe"]');
const container = (element: SettleFlow) => element.querySelector<HTMLElement>(':scope > [slot="express"]');
const walletIn = (element: SettleFlow, wallet: string) => inner(element, `[part~="express"][data-wallet="${wallet}"]`);

/** The `settle-error` events the flow sends from now on (there must be none: "pay now" still leads on). */
function errorsOf(element: SettleFlow): Event[] {
  const errors: Event[] = [];
  element.addEventListener('settle-error', (event) => errors.push(event));
  return errors;
}

/** Where the box and everything around it lie on the page, to compare before and after the wallet. */
function layout(element: SettleFlow): Record<string, DOMRect | undefined> {
  const rect = (selector: string) => inner(element, selector)?.getBoundingClientRect();
  return { box: rect('[part~="express"]'), payNow: rect('[part~="pay-now-button"]'), options: rect('[part~="decision"] [part~="next-button"]'), help: rect('[part~="help"]') };
}

describe('<settle-flow> first screen: Apple Pay / Google Pay through Stripe', () => {
  beforeEach(() => {
    resetSettleState();
    sessionStorage.clear();
    fake = new FakeStripeJs();
  });

  it('requests Stripe.js only after the claim is painted, then shows the wallet in the box held for it, in light DOM and moving nothing', async () => {
    // A slow network for the claim: anything asked for before its paint would show here.
    const { element, configAsked, release } = await firstScreen({ hold: true, claimDelayMs: 500 });
    await waitUntil(() => configAsked.length === 1, 'the flow asks for the payment settings');
    expect(configAsked, 'asked only once the claim was painted').to.deep.equal([true]);
    const before = layout(element);
    expect(document.querySelector('script[src*="js.stripe.com"]'), 'no Stripe script before the payment settings').to.equal(null);
    expect(fake.loads).to.deep.equal([]);

    release();
    await waitUntil(() => walletShown(element), 'the wallet shows once Stripe says this browser has one');
    expect(scriptRequests.length, 'js.stripe.com requested once in this page').to.equal(1);
    expect(
      scriptRequests.every((request) => request.claimPainted),
      'every Stripe script request came after the claim was painted',
    ).to.equal(true);
    expect(fake.loads.map((load) => load.publishableKey)).to.deep.equal(['pk_test_fake']);
    // No intent yet: Elements for the server's open total, in Stripe's lowercase currency.
    expect(fake.elementsOptions[0]).to.deep.include({ mode: 'payment', amount: OPEN.amount, currency: 'eur' });
    const created = fake.created.find((entry) => entry.type === 'expressCheckout')?.options as { paymentMethods: Record<string, string>; layout: unknown };
    expect(created.paymentMethods).to.deep.include({ applePay: 'auto', googlePay: 'auto', link: 'never', paypal: 'never' });
    expect(created.layout).to.deep.equal({ maxRows: 1 });

    const node = container(element);
    expect(node?.parentElement, 'mounted in light DOM the flow owns').to.equal(element);
    expect(node?.assignedSlot?.closest('[part~="express"]'), 'slotted into the reserved box').to.equal(inner(element, '[part~="express"]'));
    expect(getComputedStyle(node!).visibility).to.equal('visible');
    expect(node?.querySelector('iframe')?.getBoundingClientRect().height).to.equal(44);
    expect(layout(element), 'the box keeps its size and nothing around it moves').to.deep.equal(before);
    expect(
      fake.created.map((entry) => entry.type),
      'no card form on the first screen',
    ).to.deep.equal(['expressCheckout']);
    await animationsFinished();
    await expect(element).to.be.accessible();
  });

  it('keeps the box empty and the same size, with "pay now" alone, when this browser has no wallet', async () => {
    fake.browserWallets = [];
    const { element, release } = await firstScreen({ hold: true });
    const before = layout(element);
    release();
    await waitUntil(() => fake.readyEvents.length === 1 && !container(element), 'Stripe says no wallet renders, and the wallet is taken out');
    await element.updateComplete;
    expect(fake.readyEvents[0]?.availablePaymentMethods).to.equal(undefined);
    expect(fake.destroyed).to.deep.equal(['expressCheckout']);
    expect(walletShown(element)).to.equal(null);
    expect(inner(element, '[part~="express"]')?.childElementCount, 'nothing in the box but its slot').to.equal(1);
    expect(layout(element), 'the box keeps its size and nothing around it moves').to.deep.equal(before);
  });

  it('approving in Apple Pay creates the payment on the server only then, confirms it with its client secret, and the flow shows success once the server confirms', async () => {
    const { element, api } = await firstScreen();
    await waitUntil(() => walletShown(element), 'the wallet shows');
    expect(api.creates, 'nothing is created while the wallet only shows').to.deep.equal([]);
    const successes: SettlePaymentSuccessEvent[] = [];
    element.addEventListener('settle-payment-success', (event) => successes.push(event as SettlePaymentSuccessEvent));

    await fake.tapWallet('apple_pay');
    fake.approveExpressCheckout('apple_pay');
    await waitUntil(() => successes.length === 1 && step(element) === 'feedback', 'the server confirms the payment and the flow moves on to the thank-you');

    // The widget sends what to pay, never an amount; the server computes it.
    expect(api.creates.map((entry) => entry.body)).to.deep.equal([{ option: 'full', provider: 'stripe' }]);
    expect(api.creates[0]?.idempotencyKey).to.match(/^chk_/);
    expect(fake.calls, 'Stripe validates the wallet before it confirms').to.deep.equal(['submit', 'confirm']);
    expect(fake.confirmCalls[0]).to.deep.include({ clientSecret: 'pi_1_secret_fake', redirect: 'if_required' });
    expect(fake.expressFailures).to.deep.equal([]);
    expect(api.confirms, 'success only from the server').to.deep.equal(['pay_1']);
    expect(successes[0]?.detail).to.deep.include({ paymentId: 'pay_1', provider: 'stripe', option: 'full', amount: OPEN });
    expect(container(element), 'the wallet is gone once paid').to.equal(null);
  });

  it('creates nothing when the debtor closes the wallet sheet, and the first screen stays as it was', async () => {
    const { element, api } = await firstScreen();
    await waitUntil(() => walletShown(element), 'the wallet shows');
    await fake.tapWallet('google_pay');
    fake.dismissExpressCheckout();
    await element.updateComplete;
    expect(api.creates).to.deep.equal([]);
    expect(fake.confirmCalls).to.deep.equal([]);
    expect(step(element)).to.equal('summary');
    expect(walletShown(element)).to.not.equal(null);
  });

  it('tells the wallet sheet when the bank declines, and stays on the first screen without success', async () => {
    const { element, api } = await firstScreen();
    await waitUntil(() => walletShown(element), 'the wallet shows');
    fake.behaviours = [{ kind: 'decline', declineCode: 'insufficient_funds' }];
    const successes: Event[] = [];
    element.addEventListener('settle-payment-success', (event) => successes.push(event));
    fake.approveExpressCheckout();
    await waitUntil(() => fake.expressFailures.length === 1, 'the sheet hears that the payment failed');
    expect(api.creates.length).to.equal(1);
    expect(api.confirms, 'no confirmation is asked for').to.deep.equal([]);
    expect(successes).to.deep.equal([]);
    expect(step(element)).to.equal('summary');
    expect(walletShown(element), 'the debtor can try again').to.not.equal(null);
  });

  it('does not confirm a payment for another sum than the wallet sheet showed', async () => {
    const { element, api } = await firstScreen();
    await waitUntil(() => walletShown(element), 'the wallet shows');
    // The claim changed on the server after the first screen was painted.
    api.total = { amount: OPEN.amount + 500, currency: 'EUR' };
    fake.approveExpressCheckout();
    await waitUntil(() => fake.expressFailures.length === 1, 'the sheet hears that the payment failed');
    expect(fake.confirmCalls, 'Stripe is never asked to confirm').to.deep.equal([]);
    expect(step(element)).to.equal('summary');
  });
  it('resolves the wallet tap at once, with the server’s open total as the sheet’s one line, named after the creditor', async () => {
    const { element } = await firstScreen();
    await waitUntil(() => walletShown(element), 'the wallet shows');
    // The fake keeps the sheet shut (and throws) unless the tap is resolved within 1 s, as Stripe does.
    await fake.tapWallet('apple_pay');
    expect(fake.clickResolutions).to.deep.equal([{ lineItems: [{ name: claim.creditor.name, amount: OPEN.amount }] }]);
    // What is open, not the claim's original total: the same sum the Elements were created for.
    expect(OPEN.amount).to.not.equal(claim.total.amount);
    expect(fake.elementsOptions[0]).to.deep.include({ amount: OPEN.amount });
  });

  it('gives the box to PayPal when Stripe’s Express Checkout Element fails to load, moving nothing and showing no error', async () => {
    fake.expressLoadError = { type: 'invalid_request_error', message: 'Invalid API Key provided: pk_test_fake' } as StripeError;
    const { element, release } = await firstScreen({ hold: true, config: { providers: [STRIPE, PAYPAL] } });
    const errors = errorsOf(element);
    const before = layout(element);
    release();
    await waitUntil(() => walletIn(element, 'paypal'), 'the PayPal button takes the box');
    expect(
      fake.mounted.map((entry) => entry.type),
      'Stripe’s wallet was tried',
    ).to.deep.equal(['expressCheckout']);
    expect(fake.destroyed).to.deep.equal(['expressCheckout']);
    expect(container(element), 'no Stripe wallet left behind').to.equal(null);
    expect(inner(element, '[part~="express-button"]')?.textContent).to.contain('PayPal');
    expect(layout(element), 'the box keeps its size and nothing around it moves').to.deep.equal(before);
    expect(errors).to.deep.equal([]);
    expect(step(element)).to.equal('summary');
  });

  it('keeps Stripe.js away and gives the box to the next wallet when the Stripe entry of the payment settings is malformed, showing no error', async () => {
    const requestsBefore = scriptRequests.length;
    // Its wallets left out, as by a server on an older contract.
    const malformed = { provider: 'stripe', publishableKey: 'pk_test_fake', autopay: true };
    const { element } = await firstScreen({ config: { providers: [malformed, PAYPAL] } });
    const errors = errorsOf(element);
    await waitUntil(() => walletIn(element, 'paypal'), 'the PayPal button takes the box');
    expect(scriptRequests.length, 'js.stripe.com never requested').to.equal(requestsBefore);
    expect(fake.loads).to.deep.equal([]);
    expect(container(element)).to.equal(null);
    expect(errors).to.deep.equal([]);
    expect(step(element)).to.equal('summary');
  });
});

describe('the first screen’s wallet from malformed payment settings', () => {
  beforeEach(() => {
    fake = new FakeStripeJs();
  });

  const box = (answer: unknown) => ({
    client: { request: () => Promise.resolve(answer) } as unknown as ApiClient,
    host: document.body,
    amount: OPEN,
    payee: claim.creditor.name,
    locale: 'de',
    paid: () => undefined,
  });

  it('offers no wallet, and never loads Stripe.js, for an answer without a usable provider', async () => {
    const requestsBefore = scriptRequests.length;
    const answers = [
      null,
      'stripe',
      { providers: 'stripe' },
      { providers: [null, 5, { wallet: 'stripe' }] },
      { providers: [{ ...STRIPE, wallets: null }] },
      { providers: [{ ...STRIPE, publishableKey: undefined }] },
    ];
    for (const answer of answers) expect(await fastestWallet(box(answer)), JSON.stringify(answer)).to.equal(undefined);
    expect(scriptRequests.length).to.equal(requestsBefore);
    expect(fake.loads).to.deep.equal([]);
  });
});
