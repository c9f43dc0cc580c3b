import { brandsFromHint, PAGE_HOST_CONTACT, type Brand, type CollectorBrand } from '../creditor/brands.js';
import { html, type SafeHtml } from '../emails/escape-html.js';

type Lang = 'en' | 'de';

const TEXTS = {
  en: {
    title: 'Your open payment',
    onBehalfOf: 'on behalf of',
    reach: (name: string) => `You can reach ${name} here:`,
    host: 'We can tell you who wrote to you and send you a new link:',
    phone: 'Phone',
    email: 'Email',
  },
  de: {
    title: 'Ihre offene Zahlung',
    onBehalfOf: 'im Auftrag von',
    reach: (name: string) => `So erreichen Sie ${name}:`,
    host: 'Wir sagen Ihnen, wer Ihnen geschrieben hat, und schicken Ihnen einen neuen Link:',
    phone: 'Telefon',
    email: 'E-Mail',
  },
} as const;

export interface PayPageOptions {
  /** The page is in US English (`?lang=en-US`). */
  usEnglish?: boolean;
  /** Widget files (under /widget/) the first screen needs, fetched alongside settle.js (widget-preloads.ts). */
  preload?: readonly string[];
}

/**
 * The emailed-link page, branded from its first paint by the link's non-secret brand hint
 * (`?brand=collector/client`): the collector who wrote the letter and is paid, and the
 * client creditor it collects for. The hint only names known brands' names, logos, colour
 * and public contact: never money or personal data, which come with the exchanged session
 * alone. A missing or unknown hint paints a neutral page whose error screens name the page's host.
 */
export function renderPayPage(page: string, hint: string | null, lang: Lang, options: PayPageOptions = {}): string {
  const { collector: brand, client } = brandsFromHint(hint);
  // The widget takes the page's `lang`: en-US writes US dates, amounts and spelling.
  return (options.usEnglish ? page.replace('<html lang="en">', '<html lang="en-US">') : page)
    .replace('<!--widget-preload-->', (options.preload ?? []).map((file) => html`<link rel="modulepreload" href="/widget/${file}">`.html).join('\n  '))
    .replace('<!--brand-stylesheet-->', brand ? html`<link rel="stylesheet" href="/brands/${brand.slug}.css">`.html : '')
    .replace('<!--brand-header-->', `${header(brand, lang).html}${clientLine(client, lang).html}`)
    .replace('<!--skeleton-->', SKELETON)
    .replace('<!--contact-->', contact(brand, lang).html);
}

/** Painted with the page, in the brand's colours, until the widget shows the claim. */
const SKELETON = `<div class="pay-skeleton" data-pay-skeleton aria-hidden="true">
      <div class="bone bone-title"></div>
      <div class="bone"></div>
      <div class="bone"></div>
      <div class="bone bone-short"></div>
      <div class="bone bone-button"></div>
    </div>`;

function header(brand: Brand | undefined, lang: Lang): SafeHtml {
  if (!brand) return html`<p class="brand-name">${TEXTS[lang].title}</p>`;
  // The name stands next to the logo, so the logo is decorative.
  return html`<img class="brand-logo" src="${brand.logoUrl}" alt="" width="40" height="40"><p class="brand-name">${brand.name}</p>`;
}

/** "on behalf of" the client creditor; painted hidden without one, for the session's presentation to fill. */
function clientLine(client: Brand | undefined, lang: Lang): SafeHtml {
  const logo = client ? html`<img class="client-logo" src="${client.logoUrl}" alt="" width="20" height="20"> ` : '';
  // Logo and name wrap to the next line together.
  return html`<p class="brand-client" data-pay-client${client ? '' : ' hidden'}>${TEXTS[lang].onBehalfOf} <span class="client-brand">${logo}<span class="client-name">${client?.name ?? ''}</span></span></p>`;
}

function contact(brand: CollectorBrand | undefined, lang: Lang): SafeHtml {
  const texts = TEXTS[lang];
  const { phone, email } = brand?.contact ?? PAGE_HOST_CONTACT;
  const lead = brand ? texts.reach(brand.name) : `${PAGE_HOST_CONTACT.name[lang]}. ${texts.host}`;
  return html`<p>${lead}</p>
      <ul>
        <li>${texts.phone}: <a href="tel:${phone.replace(/[^\d+]/g, '')}">${phone}</a></li>
        <li>${texts.email}: <a href="mailto:${email}">${email}</a></li>
      </ul>`;
}

/** `/brands/<slug>.css`: the brand's colour for the link page's header and skeleton. */
export function brandStylesheet(slug: string): string | null {
  const brand = brandsFromHint(slug).collector;
  return brand ? `:root {\n  --pay-brand: ${brand.primary};\n  --pay-on-brand: ${brand.onPrimary};\n}\n` : null;
}
