/** Every screen of the debtor's journey a `step.viewed` reaction may name (the widget's flow steps). */
export const JOURNEY_STEPS = ['identity', 'summary', 'quiz', 'options', 'checkout', 'confirmation', 'feedback', 'dispute', 'contact', 'manage'] as const;
export type JourneyStep = (typeof JOURNEY_STEPS)[number];
