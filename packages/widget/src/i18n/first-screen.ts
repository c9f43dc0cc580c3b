/**
 * Which texts the first screen needs. Each locale stays one source file; the build
 * splits it into these groups (loaded before the claim summary paints) and the rest
 * (loaded only by the elements of later steps), so a debtor's phone downloads the
 * quiz, plan and checkout texts only when the debtor gets there.
 */
export const FIRST_SCREEN_GROUPS: readonly string[] = ['common', 'claimSummary', 'flow', 'identity'];

/** Elements that render with the first-screen texts alone. */
export const FIRST_SCREEN_ELEMENTS: ReadonlySet<string> = new Set(['settle-claim-summary', 'settle-flow', 'settle-identity']);

export type TextScope = 'first-screen' | 'all';
