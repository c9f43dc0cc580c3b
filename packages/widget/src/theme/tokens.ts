import { css } from 'lit';

/**
 * Settle's design tokens, in three tiers (see docs/theming.md):
 * - primitive: raw values a brand sets once (`--settle-brand-600`, `--settle-neutral-900`, `--settle-font-family`);
 * - semantic: roles (`--settle-color-accent`, `--settle-color-text`, `--settle-color-surface`, ... and `-dark` variants);
 * - component: one element's details (`--settle-claim-summary-total-color`), declared in that element.
 * Each element reads them through private `--_x: var(--settle-x, default)` variables, so a
 * page can set any tier on `:root` or on one element, and nothing leaks out of the shadow DOM.
 */
export const tokens = css`
  :host {
    --_font: var(--settle-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--settle-font-size, 1rem);
    --_line-height: var(--settle-line-height, 1.5);
    --_radius: var(--settle-radius, 0.5rem);
    --_space: var(--settle-space, 0.25rem);
    --_target: max(24px, var(--settle-target-size, 2.75rem));
    --_focus-width: var(--settle-focus-width, 3px);

    --_accent: var(--settle-color-accent, var(--settle-brand-600, #1c5aa6));
    --_on-accent: var(--settle-color-on-accent, var(--settle-neutral-0, #ffffff));
    --_text: var(--settle-color-text, var(--settle-neutral-900, #1a1f26));
    --_muted: var(--settle-color-text-muted, var(--settle-neutral-600, #4a5565));
    --_surface: var(--settle-color-surface, var(--settle-neutral-0, #ffffff));
    --_surface-alt: var(--settle-color-surface-alt, var(--settle-neutral-50, #f3f5f8));
    --_border: var(--settle-color-border, var(--settle-neutral-300, #b9c2ce));
    --_danger: var(--settle-color-danger, var(--settle-red-700, #a8231a));
    --_success: var(--settle-color-success, var(--settle-green-700, #1d6b3a));
    --_focus: var(--settle-color-focus, var(--_accent));
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--settle-color-accent-dark, var(--settle-brand-300, #8fbcf5));
      --_on-accent: var(--settle-color-on-accent-dark, var(--settle-neutral-950, #0d1117));
      --_text: var(--settle-color-text-dark, var(--settle-neutral-50, #e9edf2));
      --_muted: var(--settle-color-text-muted-dark, var(--settle-neutral-300, #b3bdca));
      --_surface: var(--settle-color-surface-dark, var(--settle-neutral-950, #12161c));
      --_surface-alt: var(--settle-color-surface-alt-dark, var(--settle-neutral-900, #1c222b));
      --_border: var(--settle-color-border-dark, var(--settle-neutral-600, #56606e));
      --_danger: var(--settle-color-danger-dark, var(--settle-red-300, #ff9d94));
      --_success: var(--settle-color-success-dark, var(--settle-green-300, #7fd69b));
    }
  }
`;
