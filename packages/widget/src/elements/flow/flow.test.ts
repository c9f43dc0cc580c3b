import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ROUTES, type Claim, type Outcome, type OutcomeState, type SessionResponse } from '@settle/protocol';
import { http, HttpResponse } from 'msw';
import { germanClaim } from '../../../../../tests/fixtures/claims.js';
import { OUTCOMES } from '../../../../../tests/fixtures/outcomes.js';
import { errorBody, TEST_API, useApi } from '../../../test/support/api-mock.js';
import { animationsFinished, resetSettleState } from '../../../test/support/element.js';
import { journeyApi } from '../../../test/support/journey-api.js';
import '../checkout/define.js';
import '../claim-summary/define.js';
import '../contact/define.js';
import '../feedback/define.js';
import '../identity/define.js';
import '../plan-manager/define.js';
import '../plan-picker/define.js';
import '../quiz/define.js';
import { SettlePaymentErrorEvent } from '../../events/settle-payment-error.js';
import type { SettleFlow } from './flow.js';
import { saveResume } from './resume-store.js';
import './define.js';

interface Calls {
  /** Tokens POSTed to /session, in order. */
  sessions: string[];
  identity: unknown[];
  /** GET /claims/:claimId requests. */
  claimReads: number;
}

interface ServerOptions {
  claim?: Claim;
  /** The server's outcome for the claim, sent with it. */
  outcome?: Outcome;
  /** The first session needs the identity check first. */
  identity?: boolean;
  /** Milliseconds the first session has left. */
  firstLifetimeMs?: number;
  /** The first session cannot be renewed (its absolute limit is its expiry). */
  firstFinal?: boolean;
  /** The exchange answers with the claim, as the server does once the session may read it. */
  claimInSession?: boolean;
}

function session(token: string, claimId: string, lifetimeMs: number, identityRequired = false, final = false): SessionResponse {
  const now = Date.now();
  return {
    sessionToken: token,
    claimId,
    expiresAt: now + lifetimeMs,
    absoluteExpiresAt: final ? now + lifetimeMs : now + 90 * 60_000,
    identityRequired,
    ...(identityRequired ? { identityFields: ['postalCode' as const] } : {}),
  };
}

/** A small Settle API: sessions numbered per exchange, an identity check expecting 10115, the claim and the journey. */
async function server(options: ServerOptions = {}): Promise<Calls> {
  const claim = options.claim ?? germanClaim();
  const calls: Calls = { sessions: [], identity: [], claimReads: 0 };
  let verified = !options.identity;
  let finalExpiry: number | undefined;
  await useApi(
    http.post(`${TEST_API}${ROUTES.session}`, async ({ request }) => {
      const { token } = (await request.json()) as { token: string };
      calls.sessions.push(token);
      const first = calls.sessions.length === 1;
      const issued = session(`session-${calls.sessions.length}`, claim.id, first ? (options.firstLifetimeMs ?? 15 * 60_000) : 15 * 60_000, !verified, options.firstFinal);
      // As the server does: a renewal never passes the absolute limit.
      if (options.firstFinal) {
        finalExpiry ??= issued.expiresAt;
        issued.expiresAt = issued.absoluteExpiresAt = finalExpiry;
      }
      return HttpResponse.json(options.claimInSession && verified ? { ...issued, claim, outcome: options.outcome } : issued);
    }),
    http.post(`${TEST_API}${ROUTES.identity}`, async ({ request }) => {
      const body = (await request.json()) as { answers: { postalCode?: string } };
      calls.identity.push(body.answers);
      if (body.answers.postalCode !== '10115') return HttpResponse.json({ error: { code: 'identity_failed', message: 'no' } }, { status: 403 });
      verified = true;
      return HttpResponse.json(session('session-verified', claim.id, 15 * 60_000));
    }),
    http.get(`${TEST_API}/claims/:claimId`, () => {
      calls.claimReads += 1;
      return HttpResponse.json({ claim, outcome: options.outcome });
    }),
    ...journeyApi(),
  );
  return calls;
}

async function flow(): Promise<SettleFlow> {
  return fixture<SettleFlow>(html`<settle-flow api=${TEST_API} token-from="fragment" locale="en"></settle-flow>`);
}

const step = (element: SettleFlow) => element.shadowRoot?.querySelector('.flow')?.getAttribute('data-step') ?? null;
const inner = <T extends Element = HTMLElement>(element: SettleFlow, selector: string) => element.shadowRoot!.querySelector<T>(selector);

/** The way on from the summary appears only once the claim is painted (no layout shift): wait for it, then take it. */
async function continueFromSummary(element: SettleFlow): Promise<void> {
  await waitUntil(() => inner(element, '[part~="next-button"]'), 'the way on from the summary appears');
  inner<HTMLButtonElement>(element, '[part~="next-button"]')!.click();
}

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('<settle-flow>', () => {
  beforeEach(() => {
    resetSettleState();
    sessionStorage.clear();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('exchanges the #t= link once, removes it from the address bar, and every step shares that session', async () => {
    const calls = await server();
    location.hash = '#t=link-once';
    const element = await flow();
    await waitUntil(() => element.shadowRoot?.querySelector('settle-claim-summary')?.shadowRoot?.querySelector('[part~="total"]'), 'the summary shows the claim');
    expect(location.hash).to.equal('');
    await continueFromSummary(element);
    await waitUntil(() => step(element) === 'quiz' && inner(element, 'settle-quiz')?.shadowRoot?.querySelector('[part~="step"]'), 'the quiz shows');
    expect(calls.sessions).to.deep.equal(['link-once']);
    await animationsFinished();
    await expect(element).to.be.accessible();
  });

  it('shows the way on only once the claim is on screen, so the growing summary pushes nothing down', async () => {
    await server();
    location.hash = '#t=link-layout';
    const element = await flow();
    // Checked at every change of the flow's screen: a way on with no total above it would be pushed down.
    const early: string[] = [];
    const watch = new MutationObserver(() => {
      const total = inner(element, 'settle-claim-summary')?.shadowRoot?.querySelector('[part~="total"]');
      if (inner(element, '.next, .decision') && !total) early.push(step(element) ?? 'no step');
    });
    watch.observe(element.shadowRoot!, { childList: true, subtree: true });
    try {
      await waitUntil(() => inner(element, '[part~="next-button"]'), 'the way on appears with the claim');
    } finally {
      watch.disconnect();
    }
    expect(early, 'no way on before the claim').to.deep.equal([]);
    expect(element.shadowRoot?.querySelector('settle-claim-summary')?.shadowRoot?.querySelector('[part~="total"]')).to.not.equal(null);
  });

  it('reads the claim once for the first screen: the summary shows the read the flow chose its step by', async () => {
    const calls = await server();
    location.hash = '#t=link-one-read';
    const element = await flow();
    await waitUntil(() => inner(element, '[part~="next-button"]'), 'the summary shows the claim');
    await element.updateComplete;
    expect(calls.claimReads).to.equal(1);
  });

  it('reads no claim after an exchange that carried it; a later visit to the summary asks the server again', async () => {
    const calls = await server({ claimInSession: true });
    location.hash = '#t=link-claim-in-session';
    const element = await flow();
    await waitUntil(() => inner(element, '[part~="next-button"]'), 'the summary shows the claim');
    await element.updateComplete;
    expect(calls.claimReads, 'no read after the exchange').to.equal(0);
    await continueFromSummary(element);
    await waitUntil(() => step(element) === 'quiz');
    history.back();
    await waitUntil(() => step(element) === 'summary' && inner(element, 'settle-claim-summary')?.shadowRoot?.querySelector('[part~="total"]'), 'back on the summary, the claim shows');
    expect(calls.claimReads, 'the summary reads afresh').to.equal(1);
  });

  it('offers on the first screen to pay what the server says is still open, leading straight to the checkout for the full amount', async () => {
    const claim = germanClaim();
    const openTotal = { amount: claim.total.amount - 2000, currency: 'EUR' };
    await server({ claim, outcome: { state: 'open', openTotal, receipts: [], feedbackGiven: false } });
    location.hash = '#t=link-pay-now';
    const element = await flow();
    await waitUntil(() => inner(element, '[part~="pay-now-button"]'), 'the pay button shows with the claim');
    expect(inner(element, '[part~="pay-now-button"]')!.textContent!.trim()).to.equal('Pay €108.37 now');
    expect(inner(element, 'settle-claim-summary [part~="decision"] [part~="next-button"]')!.textContent!.trim()).to.equal('Other options');
    inner<HTMLButtonElement>(element, '[part~="pay-now-button"]')!.click();
    await waitUntil(() => step(element) === 'checkout', 'the checkout follows');
    const checkout = element.querySelector('settle-checkout') as (HTMLElement & { option: string; provider?: string }) | null;
    expect(checkout?.option).to.equal('full');
    expect(checkout?.provider).to.equal(undefined);
  });

  it('leaves the checkout for the outcome screen when the claim turns out paid already (another tab, or this payment refunded), and stays on a decline', async () => {
    await server();
    location.hash = '#t=link-already-paid';
    const element = await flow();
    await waitUntil(() => inner(element, '[part~="pay-now-button"]'), 'the pay button shows with the claim');
    inner<HTMLButtonElement>(element, '[part~="pay-now-button"]')!.click();
    await waitUntil(() => step(element) === 'checkout', 'the checkout follows');
    const checkout = element.querySelector('settle-checkout')!;
    checkout.dispatchEvent(new SettlePaymentErrorEvent({ code: 'declined', reason: 'card_declined', retryable: true }));
    expect(step(element), 'a decline stays to try again').to.equal('checkout');
    checkout.dispatchEvent(new SettlePaymentErrorEvent({ code: 'already_paid', retryable: false }));
    await waitUntil(() => step(element) === 'feedback', 'the outcome screen follows');
  });

  it('moves focus to the new step heading and announces the step', async () => {
    await server();
    location.hash = '#t=link-focus';
    const element = await flow();
    await waitUntil(() => step(element) === 'summary');
    await continueFromSummary(element);
    await waitUntil(() => deepActive()?.matches('h2, h1') === true && step(element) === 'quiz', 'focus reaches the quiz heading');
    await waitUntil(() => (inner(element, '[part="live-region"]')?.textContent ?? '').includes('a few questions'), 'the step is announced');
  });

  it('goes back a step with the browser and forward again', async () => {
    await server();
    location.hash = '#t=link-history';
    const element = await flow();
    await waitUntil(() => step(element) === 'summary');
    await continueFromSummary(element);
    await waitUntil(() => step(element) === 'quiz');
    history.back();
    await waitUntil(() => step(element) === 'summary', 'back shows the summary');
    history.forward();
    await waitUntil(() => step(element) === 'quiz', 'forward shows the quiz');
  });

  it('resumes after a reload from sessionStorage with the session token, never the link token', async () => {
    const calls = await server();
    location.hash = '#t=link-reload';
    const first = await flow();
    await waitUntil(() => step(first) === 'summary');
    await continueFromSummary(first);
    await waitUntil(() => step(first) === 'quiz');
    expect(JSON.stringify({ ...sessionStorage })).not.to.contain('link-reload');
    first.remove();
    resetSettleState();
    const reloaded = await flow();
    await waitUntil(() => step(reloaded) === 'quiz', 'the reloaded flow resumes at the quiz');
    expect(calls.sessions).to.deep.equal(['link-reload', 'session-1']);
  });

  const LANDS_ON: Record<OutcomeState, 'summary' | 'manage' | 'feedback'> = {
    open: 'summary',
    plan_active: 'manage',
    settled: 'feedback',
    paid_in_full: 'feedback',
    partially_paid: 'feedback',
    deferred: 'feedback',
    promised: 'feedback',
    paused: 'feedback',
    overdue: 'feedback',
    creditor_plan: 'feedback',
    disputed: 'feedback',
    contact_requested: 'feedback',
  };
  for (const [state, landing] of Object.entries(LANDS_ON) as [OutcomeState, string][]) {
    it(`opens a link whose claim is ${state} where the server's outcome says: ${landing}`, async () => {
      await server({ outcome: OUTCOMES[state], claimInSession: true });
      location.hash = `#t=link-${state}`;
      const element = await flow();
      await waitUntil(() => step(element) === landing, `the flow lands on ${landing}`);
      if (landing !== 'feedback') return;
      await waitUntil(() => inner(element, 'settle-feedback')?.shadowRoot?.querySelector(`[data-outcome="${state}"]`), 'the outcome screen shows the same state');
      expect(inner(element, 'settle-claim-summary')).to.equal(null);
      expect(inner(element, '[part~="dispute-button"]'), 'no dispute button on an outcome').to.equal(null);
    });
  }

  it('reopened after a dispute, shows the dispute and nothing that asks for payment, even where the tab was on the options before', async () => {
    await server({ outcome: OUTCOMES.disputed, claimInSession: true });
    saveResume(TEST_API, { claimId: germanClaim().id, sessionToken: 'session-before', place: { step: 'options' } });
    location.hash = '#t=link-disputed-again';
    const element = await flow();
    await waitUntil(() => inner(element, 'settle-feedback')?.shadowRoot?.querySelector('[data-outcome="disputed"]'), 'the dispute outcome shows');
    const feedback = inner(element, 'settle-feedback')!;
    await waitUntil(() => feedback.shadowRoot!.querySelector('[part~="support"]'), 'the page is complete');
    const everything = `${element.shadowRoot!.textContent ?? ''} ${feedback.shadowRoot!.textContent ?? ''}`;
    expect(everything).not.to.match(/please pay|pay by|pay now/i);
    await animationsFinished();
    await expect(element).to.be.accessible();
  });

  it('after the options ask for the rest of a part payment, the flow opens the options', async () => {
    await server({ outcome: OUTCOMES.partially_paid, claimInSession: true });
    location.hash = '#t=link-partial';
    const element = await flow();
    await waitUntil(() => inner(element, 'settle-feedback')?.shadowRoot?.querySelector('[part~="outcome-action"]'), 'the way to the rest shows');
    inner(element, 'settle-feedback')!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="outcome-action"]')!.click();
    await waitUntil(() => step(element) === 'options', 'the options open');
  });

  it('asks the identity check with the fields the session names; a wrong answer stays, the right one opens the summary', async () => {
    const calls = await server({ identity: true });
    location.hash = '#t=link-identity';
    const element = await flow();
    await waitUntil(() => inner(element, 'settle-identity')?.shadowRoot?.querySelector('input[name="postalCode"]'), 'the postcode field shows');
    const identity = inner(element, 'settle-identity')!;
    const field = identity.shadowRoot!.querySelector<HTMLInputElement>('input[name="postalCode"]')!;
    field.value = '99999';
    identity.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
    await waitUntil(() => identity.shadowRoot!.querySelector('[part~="problem"]'), 'the refusal shows');
    expect(step(element)).to.equal('identity');
    field.value = '10115';
    identity.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
    await waitUntil(() => step(element) === 'summary', 'the summary follows the check');
    expect(calls.identity).to.deep.equal([{ postalCode: '99999' }, { postalCode: '10115' }]);
  });

  it('points to a person on the identity check, where no form can be sent yet, and offers one on the quiz', async () => {
    await server({ identity: true });
    location.hash = '#t=link-identity-help';
    const element = await flow();
    await waitUntil(() => step(element) === 'identity' && inner(element, '[part~="help"]'), 'the identity check shows its help');
    expect(inner(element, '[part~="help"] p')!.textContent).to.equal('Stuck here? A person can help. Our phone number and email address are in our letter or email to you.');
    expect(inner(element, '[part~="contact-button"]')).to.equal(null);
    const identity = inner(element, 'settle-identity')!;
    await waitUntil(() => identity.shadowRoot?.querySelector('input[name="postalCode"]'), 'the postcode field shows');
    identity.shadowRoot!.querySelector<HTMLInputElement>('input[name="postalCode"]')!.value = '10115';
    identity.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
    await continueFromSummary(element);
    await waitUntil(() => step(element) === 'quiz', 'the quiz shows');
    inner<HTMLButtonElement>(element, '[part~="contact-button"]')!.click();
    await waitUntil(() => step(element) === 'contact', 'the button opens the contact step');
  });

  it("offers plain English as a switch that every step follows, and switches back to the creditor's tone", async () => {
    await server();
    location.hash = '#t=link-easy';
    const element = await flow();
    element.tone = 'formal';
    await continueFromSummary(element);
    await waitUntil(() => step(element) === 'quiz' && inner(element, '[part~="tone-button"]'), 'the quiz shows with the switch');
    const toggle = inner<HTMLButtonElement>(element, '[part~="tone-button"]')!;
    expect(toggle.textContent).to.equal('Plain English');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await waitUntil(() => inner(element, '[part~="dispute-button"]')?.textContent === 'Something is wrong', 'the help speaks plain English');
    expect(inner(element, '[part~="tone-button"]')!.getAttribute('aria-pressed')).to.equal('true');
    expect(inner<HTMLElement & { tone: string }>(element, 'settle-quiz')!.tone).to.equal('easy');
    inner<HTMLButtonElement>(element, '[part~="tone-button"]')!.click();
    await waitUntil(() => inner(element, '[part~="dispute-button"]')?.textContent === 'Dispute this claim', "the creditor's tone is back");
    expect(element.tone).to.equal('formal');
  });

  it('warns in a dialog when less than two minutes are left, and "more time" renews the current session and closes it', async () => {
    const calls = await server({ firstLifetimeMs: 90_000 });
    location.hash = '#t=link-expiry';
    const element = await flow();
    await waitUntil(() => inner<HTMLDialogElement>(element, 'dialog')?.open, 'the warning opens');
    const dialog = inner<HTMLDialogElement>(element, 'dialog')!;
    expect(dialog.getAttribute('role')).to.equal('alertdialog');
    await expect(element).to.be.accessible();
    dialog.querySelector<HTMLButtonElement>('[part~="extend-button"]')!.click();
    await waitUntil(() => !inner(element, 'dialog'), 'the warning closes');
    expect(calls.sessions).to.deep.equal(['link-expiry', 'session-1']);
  });

  it('says the page closed once a session that cannot be renewed has run out, and forgets it', async () => {
    await server({ firstLifetimeMs: 2_500, firstFinal: true });
    location.hash = '#t=link-ended';
    const element = await flow();
    await waitUntil(() => element.getAttribute('state') === 'ready', 'the flow shows the claim');
    // The session's own end, not a sleep: it runs out after 2.5 s.
    await waitUntil(() => element.getAttribute('state') === 'expired', 'the flow says the page closed', { timeout: 5_000 });
    expect(inner(element, '[part~="expired"] h2')?.textContent).to.include('closed');
    expect(inner(element, '[part~="error"]'), 'the ended session is not an error').to.equal(null);
    expect(sessionStorage.length).to.equal(0);
  });

  it('reflects what it shows as its state, loading and error each with their own part', async () => {
    let answer: () => void = () => {};
    const answered = new Promise<void>((resolve) => (answer = resolve));
    await useApi(
      http.post(`${TEST_API}${ROUTES.session}`, async () => {
        await answered;
        return HttpResponse.json(errorBody('token_invalid'), { status: 401 });
      }),
    );
    location.hash = '#t=link-tampered';
    const element = await flow();
    await waitUntil(() => element.getAttribute('state') === 'loading', 'the flow says it is opening the link');
    expect(inner(element, '[part~="loading"]'), 'the loading message shows').not.to.equal(null);
    expect(inner(element, '[part~="error"]')).to.equal(null);
    answer();
    await waitUntil(() => element.getAttribute('state') === 'error', 'the flow says the link does not work');
    expect(inner(element, '[part~="loading"]')).to.equal(null);
    expect(inner(element, '[part~="error"]')?.textContent).to.match(/link/i);
    expect(inner(element, '[part~="error"] button'), 'no retry for a link that cannot work').to.equal(null);
    await expect(element).to.be.accessible();
  });
});
