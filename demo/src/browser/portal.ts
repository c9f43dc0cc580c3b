import type { SettleCheckoutRequestEvent } from '@settle/widget';
import { element } from './dom.js';

/**
 * A creditor's customer portal embedding Settle's elements one by one in its own layout.
 * The portal's backend knows who is signed in and mints a session token for that customer
 * (here: POST /portal/session); the elements get it through their `token` attribute. The
 * portal listens to the elements' events and reacts in its own UI.
 */
const main = document.querySelector<HTMLElement>('[data-portal]');
const portal = main?.dataset.portal ?? '';
/** The brand's tone of voice, if the portal chose one (the second brand speaks formally). */
const tone = main?.dataset.tone;
const german = document.documentElement.lang.startsWith('de');

const TEXT = german
  ? {
      loading: 'Ihre Rechnung wird geladen…',
      failed: 'Ihre Rechnung konnte nicht geladen werden. Bitte laden Sie die Seite neu.',
      paid: 'Danke! Ihre Zahlung ist angekommen.',
      planned: 'Danke! Ihre Vereinbarung ist gespeichert.',
      contact: 'Danke! Wir melden uns wie gewünscht bei Ihnen.',
    }
  : {
      loading: 'Loading your balance…',
      failed: 'Your balance could not be loaded. Please reload the page.',
      paid: 'Thank you! Your payment has arrived.',
      planned: 'Thank you! Your arrangement is saved.',
      contact: 'Thank you! We will get in touch as you asked.',
    };

/** Events the portal listens to, with what it writes in its activity list. */
const EVENTS: Readonly<Record<string, string>> = german
  ? {
      'settle-ready': 'Element bereit',
      'settle-plan-accept': 'Vereinbarung angenommen',
      'settle-checkout-request': 'Zahlung gewünscht: Portal öffnet die Kasse',
      'settle-payment-success': 'Zahlung erfolgreich',
      'settle-payment-error': 'Zahlung fehlgeschlagen',
      'settle-contact-request': 'Persönlicher Kontakt gewünscht: Portal zeigt das Kontaktformular',
      'settle-contact-submit': 'Rückrufwunsch gesendet',
      'settle-dispute-request': 'Widerspruch gewünscht: Portal zeigt das Formular',
      'settle-dispute-submit': 'Widerspruch gesendet',
      'settle-error': 'Fehler gemeldet',
    }
  : {
      'settle-ready': 'Element ready',
      'settle-plan-accept': 'Arrangement accepted',
      'settle-checkout-request': 'Wants to pay: the portal opens the checkout',
      'settle-payment-success': 'Payment succeeded',
      'settle-payment-error': 'Payment failed',
      'settle-contact-request': 'Wants a person: the portal shows the contact form',
      'settle-contact-submit': 'Contact request sent',
      'settle-dispute-request': 'Wants to dispute: the portal shows the form',
      'settle-dispute-submit': 'Dispute sent',
      'settle-error': 'Error reported',
    };

let sessionToken = '';

function status(text: string): void {
  const node = document.getElementById('portal-status');
  if (node) node.textContent = text;
}

function settleElement(tag: string, attributes: Record<string, string> = {}): HTMLElement {
  const node = document.createElement(tag);
  node.setAttribute('api', '/settle');
  node.setAttribute('token', sessionToken);
  if (tone) node.setAttribute('tone', tone);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

function logEvent(event: Event): void {
  const list = document.getElementById('portal-events');
  const source = event.composedPath()[0];
  const tag = source instanceof HTMLElement ? source.localName : '';
  list?.prepend(element('li', `${new Date().toLocaleTimeString(document.documentElement.lang)} · ${EVENTS[event.type] ?? event.type}${tag ? ` (<${tag}>)` : ''}`));
}

/** Shows `tag` in the help area, replacing what is there, and moves focus to it. */
function showInHelp(tag: string): void {
  const slot = document.querySelector('[data-settle-element="settle-contact"]');
  if (!slot) return;
  const node = settleElement(tag);
  slot.replaceChildren(node);
  node.scrollIntoView({ block: 'nearest' });
}

function listen(): void {
  for (const type of Object.keys(EVENTS)) document.addEventListener(type, logEvent);
  document.addEventListener('settle-checkout-request', (event: SettleCheckoutRequestEvent) => {
    event.preventDefault();
    const slot = document.querySelector('[data-settle-element="settle-plan-picker"]');
    const { option, partialAmount } = event.detail;
    slot?.append(settleElement('settle-checkout', { option, ...(partialAmount ? { 'partial-amount': String(partialAmount) } : {}) }));
  });
  document.addEventListener('settle-contact-request', () => showInHelp('settle-contact'));
  document.addEventListener('settle-dispute-request', () => showInHelp('settle-dispute'));
  document.addEventListener('settle-payment-success', () => status(TEXT.paid));
  document.addEventListener('settle-plan-accept', () => status(TEXT.planned));
  document.addEventListener('settle-contact-submit', () => status(TEXT.contact));
}

async function start(): Promise<void> {
  status(TEXT.loading);
  try {
    const response = await fetch('/portal/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ portal }) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    sessionToken = ((await response.json()) as { sessionToken: string }).sessionToken;
  } catch {
    status(TEXT.failed);
    return;
  }
  listen();
  for (const slot of document.querySelectorAll<HTMLElement>('[data-settle-element]')) {
    slot.replaceChildren(settleElement(slot.dataset.settleElement ?? ''));
  }
  status('');
}

void start();
