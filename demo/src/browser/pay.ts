import type { SettleErrorEvent, SettlePresentationEvent, SettleStepChangeEvent } from '@settle/widget';

/**
 * The emailed-link page around `<settle-flow>`: the server painted the brand of the link's
 * hint and a skeleton in its colours. This script hides the skeleton once the widget shows
 * something, lets the session's presentation confirm or replace the hinted brand, and
 * shows how to reach someone when the link cannot be read.
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

document.addEventListener('settle-presentation', (event: SettlePresentationEvent) => {
  const { brandName, logoUrl, colors } = event.detail.brand;
  if (!header || !brandName) return;
  const name = header.querySelector('.brand-name');
  if (name && name.textContent !== brandName) {
    // The hint named another brand, or none: the session's brand replaces it.
    name.textContent = brandName;
    const logo = safeLogo(logoUrl);
    let image = header.querySelector<HTMLImageElement>('.brand-logo');
    if (logo && !image) {
      image = Object.assign(document.createElement('img'), { className: 'brand-logo', alt: '', width: 40, height: 40 });
      header.prepend(image);
    }
    if (image && logo) image.src = logo;
    else image?.remove();
    if (colors?.primary) document.documentElement.style.setProperty('--pay-brand', colors.primary);
  }
  header.dataset.confirmed = '';
});
