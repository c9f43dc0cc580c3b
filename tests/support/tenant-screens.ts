import { todayIso } from '@settle/protocol';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { BRANDS, CLIENT_BRANDS, type Brand } from '../../demo/src/creditor/brands.js';
import { claimSettingsOf, clientOf, collectorOf } from '../../demo/src/creditor/claim-settings.js';
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

/** Every brand of the demo: the collectors and the client creditors they collect for. */
const ALL_BRANDS: readonly Brand[] = [...Object.values(BRANDS), ...Object.values(CLIENT_BRANDS)];

/** The brands a sample debtor's link page shows: the claim's collector and, for an agency, the client creditor. */
export function brandsOf(key: string): { collector: Brand | undefined; client: Brand | undefined } {
  const claim = claimOf(key);
  return { collector: collectorOf(claim)?.brand, client: clientOf(claim) };
}

/** Every brand but `own`: their names, logos and colours must not show. */
function brandsBut(own: ReadonlyArray<Brand | undefined>): Brand[] {
  return ALL_BRANDS.filter((brand) => !own.includes(brand));
}

/** Every other tenant's names, contacts and accounts, the other creditors' names, and the other brands' names and contacts. */
function foreignOnScreens(key: string): string[] {
  const claim = claimOf(key);
  const { collector, client } = brandsOf(key);
  const creditors = debtors.map((debtor) => debtor.claim.creditor.name).filter((name) => name !== claim.creditor.name);
  const brands = brandsBut([collector, client]).flatMap((brand) => [brand.name, ...(Object.hasOwn(BRANDS, brand.slug) ? [BRANDS[brand.slug]!.contact.phone, BRANDS[brand.slug]!.contact.email] : [])]);
  return [...new Set([...foreignStrings(key), ...creditors, ...brands])];
}

/** `#0b6e4f` as getComputedStyle writes it. */
export function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/** The image sources on the page, shadow roots included, as written in the markup. */
function imageSources(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const roots: Array<Document | ShadowRoot> = [document];
    for (let index = 0; index < roots.length; index += 1) {
      for (const element of roots[index]!.querySelectorAll('*')) {
        if (element.shadowRoot) roots.push(element.shadowRoot);
        const source = element.getAttribute('src');
        if (element.localName === 'img' && source) found.push(source);
      }
    }
    return found;
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

/** No `foreign` brand's logo or primary colour on the page, in the widget or around it. */
async function expectNoForeignBrand(page: Page, foreign: readonly Brand[], where: string): Promise<void> {
  const images = await imageSources(page);
  expect(
    foreign.filter((brand) => images.includes(brand.logoUrl)).map((brand) => brand.logoUrl),
    `other brands’ logos on ${where}`,
  ).toEqual([]);
  const painted = await colours(page);
  expect(
    foreign.filter((brand) => painted.includes(rgb(brand.primary))).map((brand) => `${brand.name} ${brand.primary}`),
    `other brands’ colours on ${where}`,
  ).toEqual([]);
}

/** On the screen shown now: no other tenant's name, phone, email, IBAN, logo or brand colour, in the widget or the page around it. */
export async function expectOnlyOwn(page: Page, key: string, screen: string): Promise<void> {
  const text = `${await widgetText(page, 'body')}`;
  const found = foreignOnScreens(key).filter((foreign) => text.includes(foreign));
  expect(found, `other tenants’ details on ${key}’s ${screen}`).toEqual([]);
  const { collector, client } = brandsOf(key);
  await expectNoForeignBrand(page, brandsBut([collector, client]), `${key}’s ${screen}`);
}

/**
 * A creditor's own portal showing its customer's claim (sample debtor `key`): only the
 * portal's brand. The claim's collector is named where the claim needs it (who collects,
 * whom to pay and call), but its logo and colours stay out, as do every other tenant's details.
 */
export async function expectOnlyPortalBrand(page: Page, key: string, portal: Brand): Promise<void> {
  const claim = claimOf(key);
  const collector = collectorOf(claim)?.brand;
  const text = await widgetText(page, 'body');
  const names = brandsBut([portal, collector]).map((brand) => brand.name);
  const found = [...new Set([...foreignOnScreens(key), ...names])].filter((foreign) => text.includes(foreign));
  expect(found, `other tenants’ details in ${portal.name}’s portal`).toEqual([]);
  await expectNoForeignBrand(page, brandsBut([portal]), `${portal.name}’s portal`);
}

/** The claim's total as the page's locale formats it in the claim's own currency. */
export function totalInPage(page: Page, key: string): Promise<string> {
  const { total } = claimOf(key);
  return page.evaluate(({ amount, currency }) => new Intl.NumberFormat(document.documentElement.lang, { style: 'currency', currency }).format(amount / 100), total);
}
