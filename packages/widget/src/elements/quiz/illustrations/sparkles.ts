import { nothing, svg, type SVGTemplateResult } from 'lit';

/** Small stars around a drawing: the playful touch that disappears once hardship shows. */
export function sparkles(playful: boolean): SVGTemplateResult | typeof nothing {
  if (!playful) return nothing;
  return svg`<g class="sparkles" fill="var(--_illustration-highlight)">
    <path d="M14 18 l2 5 5 2 -5 2 -2 5 -2 -5 -5 -2 5 -2z" />
    <path d="M104 12 l1.5 3.5 3.5 1.5 -3.5 1.5 -1.5 3.5 -1.5 -3.5 -3.5 -1.5 3.5 -1.5z" />
    <circle cx="108" cy="70" r="3" />
  </g>`;
}
