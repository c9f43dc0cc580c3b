import { css } from 'lit';

/**
 * Settle's design tokens, in three tiers (see docs/theming.md):
 * - primitive: raw values a brand sets once (`--settle-brand-600`, `--settle-neutral-900`, `--settle-font-family`);
 * - semantic: roles (`--settle-color-accent`, `--settle-color-text`, `--settle-color-surface`, ... and `-dark` variants);
 * - component: one element's details (`--settle-claim-summary-total-color`), declared in that element.
 * Each element reads them through private `--_x: var(--settle-x, default)` variables, so a
 * page can set any tier on `:root` or on one element, and nothing leaks out of the shadow DOM.
 * Below the page's tiers sit the claim's own brand colours (`--_b-*`, from the session's
 * presentation), so the creditor's server-side brand is the default and the page still wins.
 * Light or dark follows the inherited `color-scheme` through `light-dark()`, not the
 * operating system alone: a light page keeps a light widget.
 */
export const tokens = css`
  :host {
    --_font: var(--settle-font-family, var(--_b-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif));
    --_font-size: var(--settle-font-size, 1rem);
    --_line-height: var(--settle-line-height, 1.5);
    --_radius: var(--settle-radius, var(--_b-radius, 0.5rem));
    --_space: var(--settle-space, 0.25rem);
    --_target: max(24px, var(--settle-target-size, 2.75rem));
    --_focus-width: var(--settle-focus-width, 3px);

    --_accent: light-dark(var(--settle-color-accent, var(--settle-brand-600, var(--_b-primary, #1c5aa6))), var(--settle-color-accent-dark, var(--settle-brand-300, var(--_b-primaryDark, #8fbcf5))));
    --_on-accent: light-dark(var(--settle-color-on-accent, var(--settle-neutral-0, var(--_b-onPrimary, #ffffff))), var(--settle-color-on-accent-dark, var(--settle-neutral-950, #0d1117)));
    --_text: light-dark(var(--settle-color-text, var(--settle-neutral-900, var(--_b-text, #1a1f26))), var(--settle-color-text-dark, var(--settle-neutral-50, #e9edf2)));
    --_muted: light-dark(var(--settle-color-text-muted, var(--settle-neutral-600, var(--_b-mutedText, #4a5565))), var(--settle-color-text-muted-dark, var(--settle-neutral-300, #b3bdca)));
    --_surface: light-dark(var(--settle-color-surface, var(--settle-neutral-0, var(--_b-surface, #ffffff))), var(--settle-color-surface-dark, var(--settle-neutral-950, #12161c)));
    --_surface-alt: light-dark(var(--settle-color-surface-alt, var(--settle-neutral-50, var(--_b-background, #f3f5f8))), var(--settle-color-surface-alt-dark, var(--settle-neutral-900, #1c222b)));
    --_border: light-dark(var(--settle-color-border, var(--settle-neutral-300, var(--_b-border, #b9c2ce))), var(--settle-color-border-dark, var(--settle-neutral-600, #56606e)));
    --_danger: light-dark(var(--settle-color-danger, var(--settle-red-700, var(--_b-danger, #a8231a))), var(--settle-color-danger-dark, var(--settle-red-300, #ff9d94)));
    --_success: light-dark(var(--settle-color-success, var(--settle-green-700, var(--_b-success, #1d6b3a))), var(--settle-color-success-dark, var(--settle-green-300, #7fd69b)));
    --_focus: var(--settle-color-focus, light-dark(var(--_b-focus, var(--_accent)), var(--_accent)));
  }

  /* The host page decides: its color-scheme is inherited; the attribute overrides it. */
  :host([color-scheme='light']) {
    color-scheme: light;
  }
  :host([color-scheme='dark']) {
    color-scheme: dark;
  }
  :host([color-scheme='auto']) {
    color-scheme: light dark;
  }
`;
