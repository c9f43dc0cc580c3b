import type { SettleErrorEvent, SettlePresentationEvent, SettleStepChangeEvent } from '@settle/widget';

/**
 * The emailed-link page around `<settle-flow>`: the server painted the brands of the link's
 * hint (the collector, and the client creditor it writes for) and a skeleton in the
 * collector's colours. This script hides the skeleton once the widget shows something,
 * lets the session's presentation confirm or replace the hinted brands, and shows how to
 * reach someone when the link cannot be read.
 */
const header = document.querySelector<HTMLElement>('[data-pay-brand]');
const skeleton = document.querySelector<HTMLElement>('[data-pay-skeleton]');
const contact = document.querySelector<HTMLElement>('[data-pay-contact]');
const LINK_PROBLEMS = new Set(['token_missing', 'token_invalid', 'token_expired', 'token_wrong_claim']);

function shown(): void {
  if (skeleton) skeleton.hidden = true;
}

document.addEventListener('settle-ready', shown);
document.addEventListener('settle-step-change', (event: SettleStepChangeEvent) => {
  // The summary says when it shows the claim (settle-ready); other first steps show at once.
  if (event.detail.step !== 'summary') shown();
});
document.addEventListener('settle-error', (event: SettleErrorEvent) => {
  shown();
  if (contact && LINK_PROBLEMS.has(event.detail.code)) contact.hidden = false;
});

/** Only a same-origin path or an https URL, as the server's schema allows. */
function safeLogo(url: string | undefined): string | undefined {
  return url && (/^\/(?![/\\])/.test(url) || url.startsWith('https://')) ? url : undefined;
}

/** Shows `url` in the `className` image before `name`, adding or removing the image as needed (the name beside it makes it decorative). */
function showLogo(name: Element, className: string, size: number, url: string | undefined): void {
  const logo = safeLogo(url);
  let image = name.parentElement?.querySelector<HTMLImageElement>(`:scope > .${className}`);
  if (logo && !image) {
    image = Object.assign(document.createElement('img'), { className, alt: '', width: size, height: size });
    name.before(image);
  }
  if (image && logo) image.src = logo;
  else image?.remove();
}

document.addEventListener('settle-presentation', (event: SettlePresentationEvent) => {
  const { brand, onBehalfOf } = event.detail;
  const { brandName, logoUrl, colors } = brand;
  if (!header || !brandName) return;
  const name = header.querySelector('.brand-name');
  if (name && name.textContent !== brandName) {
    // The hint named another brand, or none: the session's brand replaces it.
    name.textContent = brandName;
    showLogo(name, 'brand-logo', 40, logoUrl);
    if (colors?.primary) document.documentElement.style.setProperty('--pay-brand', colors.primary);
  }
  // The client creditor the collector writes for, or none when the creditor collects itself.
  const client = header.querySelector<HTMLElement>('[data-pay-client]');
  const clientName = client?.querySelector('.client-name');
  if (client && clientName && clientName.textContent !== (onBehalfOf?.brandName ?? '')) {
    clientName.textContent = onBehalfOf?.brandName ?? '';
    showLogo(clientName, 'client-logo', 20, onBehalfOf?.logoUrl);
    client.hidden = !onBehalfOf;
  }
  header.dataset.confirmed = '';
});
