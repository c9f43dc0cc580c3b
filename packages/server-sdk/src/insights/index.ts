export type { InsightEvent, InsightEventType } from './insight-event.js';
export { funnel, FUNNEL_STAGES, type Funnel, type FunnelReport, type FunnelStage, type FunnelStageName } from './funnel.js';
export { contactTimes, WEEKDAYS, type ContactTimes, type ContactTimeSlot, type Weekday } from './contact-times.js';
export { csat, type CsatReport, type CsatScale, type CsatSummary } from './csat.js';
export { commentSentiment, feedbackSentiments, type CommentSentiment, type FeedbackWithSentiment, type Sentiment } from './sentiment.js';
export { assignVariant, type ToneExperiment } from './experiments/tone-experiment.js';
export { experimentReport, MINIMUM_CLAIMS_PER_VARIANT, type ExperimentReport, type VariantComparison, type VariantResult } from './experiments/experiment-report.js';
export { differenceInterval, wilsonInterval, type Interval } from './experiments/proportions.js';
