import { css } from 'lit';

export const styles = css`
  :host {
    --_max-width: var(--settle-claim-summary-max-width, 48rem);
    --_padding: var(--settle-claim-summary-padding, 1.5rem);
    --_total-color: var(--settle-claim-summary-total-color, var(--_accent));
    --_total-size: var(--settle-claim-summary-total-size, 2rem);
    --_stripe: var(--settle-claim-summary-row-stripe, var(--_surface-alt));
    container-type: inline-size;
  }

  .summary,
  .loading {
    max-width: var(--_max-width);
    margin-inline: auto;
    padding: var(--_padding);
  }
  @container (max-width: 30rem) {
    .summary,
    .loading {
      padding: calc(var(--_padding) / 2);
    }
  }

  h2,
  h3 {
    line-height: 1.25;
    margin: 0 0 calc(var(--_space) * 2);
  }
  h2 {
    font-size: 1.5rem;
  }
  h3 {
    font-size: 1.125rem;
  }
  p {
    margin: 0 0 calc(var(--_space) * 2);
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  a:focus-visible {
    border-radius: 2px;
  }

  .header {
    margin-bottom: calc(var(--_space) * 5);
  }
  .logo,
  ::slotted([slot='logo']) {
    display: block;
    max-height: 3rem;
    max-width: 12rem;
    margin-bottom: calc(var(--_space) * 4);
  }

  .status {
    padding: calc(var(--_space) * 3) calc(var(--_space) * 4);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }

  .amount-due {
    padding: calc(var(--_space) * 4) calc(var(--_space) * 5);
    margin-bottom: calc(var(--_space) * 6);
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .amount-due p {
    margin: 0;
  }
  .amount-due-label {
    color: var(--_muted);
    font-weight: 600;
  }
  .total {
    font-size: var(--_total-size);
    font-weight: 700;
    line-height: 1.2;
    color: var(--_total-color);
    font-variant-numeric: tabular-nums;
  }

  section {
    margin-bottom: calc(var(--_space) * 6);
  }

  ::slotted([slot='decision']) {
    margin-bottom: calc(var(--_space) * 5);
  }
  .items-details > summary {
    padding-block: calc(var(--_space) * 2);
    cursor: pointer;
    color: var(--_accent);
    font-weight: 600;
  }
  .items-details {
    margin-bottom: calc(var(--_space) * 6);
  }

  .party-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: calc(var(--_space) * 4);
  }
  .party-role {
    color: var(--_muted);
    font-size: 0.875rem;
    margin: 0;
  }
  .party-name {
    display: block;
    font-weight: 600;
    margin: 0;
  }
  address {
    font-style: normal;
  }
  .contact {
    list-style: none;
    padding: 0;
    margin: calc(var(--_space) * 1) 0 0;
  }
  .contact a {
    display: inline-block;
    min-height: 24px;
    padding-block: 2px;
  }

  .facts {
    margin: 0;
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .facts dt {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .facts dd {
    margin: 0;
  }

  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    color: var(--_muted);
    font-size: 0.875rem;
    padding-bottom: calc(var(--_space) * 2);
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: calc(var(--_space) * 2) calc(var(--_space) * 2);
    border-bottom: 1px solid var(--_border);
  }
  thead th {
    font-size: 0.875rem;
    color: var(--_muted);
  }
  tbody th {
    font-weight: 400;
  }
  tbody tr:nth-child(even) {
    background: var(--_stripe);
  }
  .amount {
    text-align: end;
    white-space: nowrap;
  }
  .reduction .amount {
    color: var(--_success);
  }
  .line-kind {
    display: block;
    font-weight: 600;
  }
  .line-name,
  .line-detail {
    display: block;
  }
  .line-detail {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  tfoot th,
  tfoot td {
    font-weight: 700;
    border-bottom: none;
    border-top: 2px solid var(--_text);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 3);
    margin-block: calc(var(--_space) * 3);
  }
  @container (max-width: 30rem) {
    .actions .button {
      flex: 1 1 100%;
    }
  }

  .loading {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 3);
    color: var(--_muted);
  }
  .loading p {
    margin: 0;
  }

  .error {
    padding: calc(var(--_space) * 4);
    border: 1px solid var(--_danger);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
  }
  .error-title {
    font-weight: 700;
    color: var(--_danger);
  }

  /* A copy to keep: everything visible, no buttons, rows never split across pages. */
  @media print {
    .summary {
      max-width: none;
      padding: 0;
    }
    .amount-due {
      border: 1px solid #000;
    }
    .items-details > summary {
      display: none;
    }
    tr,
    .party {
      break-inside: avoid;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.8em;
    }
  }
`;
