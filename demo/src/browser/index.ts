// The sample debtors' list on the demo's index page, from /demo-api/debtors.
import type { DebtorSummary } from '../server/demo-api.js';
import { element } from './dom.js';
import { SEGMENTS } from './labels.js';
import { formatAmount } from './money.js';

function debtorItem(debtor: DebtorSummary): HTMLLIElement {
  const item = element('li', undefined, 'debtor');
  item.dataset.key = debtor.key;
  item.append(element('h3', `${SEGMENTS[debtor.situation] ?? debtor.situation}: ${debtor.debtorName}`));
  const total = formatAmount(debtor.total, debtor.currency, debtor.locale);
  item.append(element('p', `${debtor.creditorName} · ${total} · ${debtor.status.replace('_', ' ')}`, 'meta'));
  item.append(element('p', debtor.story.en, 'story'));
  if (debtor.identity) {
    item.append(element('p', `Identity check answers: born ${debtor.identity.dateOfBirth}, postcode ${debtor.identity.postalCode ?? '–'}`, 'meta'));
  }
  if (debtor.link) {
    const link = element('a', debtor.locale === 'de' ? 'Open the payment link (German)' : 'Open the payment link', 'pay-link');
    link.href = debtor.link;
    item.append(link);
  }
  const email = element('a', 'Read the sample email', 'email-link');
  email.href = debtor.email;
  item.append(' · ', email);
  return item;
}

async function showDebtors(): Promise<void> {
  const status = document.getElementById('debtors-status');
  const list = document.getElementById('debtors');
  if (!status || !list) return;
  try {
    const response = await fetch('/demo-api/debtors', { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const { debtors } = (await response.json()) as { debtors: DebtorSummary[] };
    list.replaceChildren(...debtors.map(debtorItem));
    status.textContent = `${debtors.length} sample debtors.`;
  } catch {
    status.textContent = 'The sample debtors could not be loaded. Is the demo still running?';
  }
}

void showDebtors();
