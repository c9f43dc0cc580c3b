import { todayIso } from '@settle/protocol';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { BRANDS } from '../../demo/src/creditor/brands.js';
import { claimSettingsOf, collectorOf } from '../../demo/src/creditor/claim-settings.js';
import { sampleDebtors } from '../../demo/src/seed/sample-debtors.js';

/** What each sample debtor's screens may show: only its own tenant (the collector of its claim). */
export const debtors = sampleDebtors(todayIso());

/** The collector (agency, else creditor) of a sample debtor's claim: the tenant its screens belong to. */
export function tenantOf(key: string): string {
  const claim = debtors.find((debtor) => debtor.key === key)?.claim;
  if (!claim) throw new Error(`no sample debtor ${key}`);
  return (claim.collectionAgency ?? claim.creditor).name;
}

/** Names, phones, emails and IBANs of every other tenant and of the other tenants' creditors. */
export function foreignStrings(key: string): string[] {
  const own = tenantOf(key);
  const strings = debtors
    .filter((debtor) => tenantOf(debtor.key) !== own)
    .flatMap(({ claim }) => {
      const settings = claimSettingsOf(claim);
      const accounts = Object.values(settings.payee?.bankAccounts ?? {});
      return [claim.creditor.name, settings.payee?.name, settings.support?.phone, settings.support?.email, ...accounts.flatMap((account) => [account.iban, account.accountHolder])];
    });
  // The agency's brand without its legal form, as a header or greeting would name it.
  if (own !== 'Fair Inkasso GmbH') strings.push('Fair Inkasso');
  return [...new Set(strings.filter((value): value is string => Boolean(value)))];
}

/** Every text and link target inside the widget's elements, shadow roots included. */
export function widgetText(page: Page, root = 'settle-flow'): Promise<string> {
  return page.evaluate((selector) => {
    const parts: string[] = [];
    const walk = (node: Node): void => {
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
      if (node instanceof Element) {
        if (node.localName === 'style') return;
        for (const name of ['href', 'aria-label', 'title']) {
          const value = node.getAttribute(name);
          if (value) parts.push(value);
        }
        if (node.shadowRoot) walk(node.shadowRoot);
      }
      node.childNodes.forEach(walk);
    };
    document.querySelectorAll(selector).forEach(walk);
    return parts.join(' ').replace(/\s+/g, ' ');
  }, root);
}

/** The claim of a sample debtor. */
export function claimOf(key: string) {
  const claim = debtors.find((debtor) => debtor.key === key)?.claim;
  if (!claim) throw new Error(`no sample debtor ${key}`);
  return claim;
}

/** Every other tenant's names, contacts and accounts, the other creditors' names, and the other brands' names. */
function foreignOnScreens(key: string): string[] {
  const claim = claimOf(key);
  const own = collectorOf(claim)?.brand;
  const others = Object.values(BRANDS).filter((brand) => brand !== own);
  const creditors = debtors.map((debtor) => debtor.claim.creditor.name).filter((name) => name !== claim.creditor.name);
  return [...new Set([...foreignStrings(key), ...creditors, ...others.flatMap((brand) => [brand.name, brand.contact.phone, brand.contact.email])])];
}

/** The other brands' primary colours, as getComputedStyle writes them. */
function foreignColours(key: string): string[] {
  const own = collectorOf(claimOf(key))?.brand;
  return Object.values(BRANDS)
    .filter((brand) => brand !== own)
    .map((brand) => {
      const [r, g, b] = [1, 3, 5].map((start) => Number.parseInt(brand.primary.slice(start, start + 2), 16));
      return `rgb(${r}, ${g}, ${b})`;
    });
}

/** Text, foreground, background and border colours of every element on the page, shadow roots included. */
function colours(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found = new Set<string>();
    const roots: Array<Document | ShadowRoot> = [document];
    for (let index = 0; index < roots.length; index += 1) {
      for (const element of roots[index]!.querySelectorAll('*')) {
        if (element.shadowRoot) roots.push(element.shadowRoot);
        const style = getComputedStyle(element);
        for (const value of [style.color, style.backgroundColor, style.borderTopColor, style.borderLeftColor, style.borderBottomColor, style.outlineColor]) found.add(value);
      }
    }
    return [...found];
  });
}

/** On the screen shown now: no other tenant's name, phone, email, IBAN or brand colour, in the widget or the page around it. */
export async function expectOnlyOwn(page: Page, key: string, screen: string): Promise<void> {
  const text = `${await widgetText(page, 'body')}`;
  const found = foreignOnScreens(key).filter((foreign) => text.includes(foreign));
  expect(found, `other tenants’ details on ${key}’s ${screen}`).toEqual([]);
  const painted = await colours(page);
  expect(
    foreignColours(key).filter((colour) => painted.includes(colour)),
    `other brands’ colours on ${key}’s ${screen}`,
  ).toEqual([]);
}

/** The claim's total as the page's locale formats it in the claim's own currency. */
export function totalInPage(page: Page, key: string): Promise<string> {
  const { total } = claimOf(key);
  return page.evaluate(({ amount, currency }) => new Intl.NumberFormat(document.documentElement.lang, { style: 'currency', currency }).format(amount / 100), total);
}
