import type { CollectionPhase, JourneyOption, JourneyStep, LinkChannel, Segment, Tone } from '@settle/protocol';

/**
 * What every reaction event (`link.opened`, `claim.viewed`, `step.viewed`, `option.chosen`,
 * `journey.abandoned`) carries: when, the link's message, the debtor's segment once a quiz
 * scored it, and the session's tone. Nothing about the debtor beyond the event's claim id.
 */
export interface ReactionData {
  /** ISO 8601 instant of the reaction. */
  at: string;
  channel: LinkChannel | null;
  phase: CollectionPhase | null;
  segment: Segment | null;
  tone: Tone | null;
}

export interface StepViewedData extends ReactionData {
  step: JourneyStep;
}

export interface OptionChosenData extends ReactionData {
  option: JourneyOption;
}

export interface JourneyAbandonedData extends ReactionData {
  /** The last step the debtor's screen reported, or null when none was. */
  lastStep: JourneyStep | null;
}

/** The message and tone a session came with, as its token or journey record holds them. */
export interface JourneyContext {
  channel: LinkChannel | null;
  phase: CollectionPhase | null;
  tone: Tone | null;
}

export function reactionData(at: number, journey: JourneyContext, segment: Segment | null): ReactionData {
  return { at: new Date(at).toISOString(), channel: journey.channel, phase: journey.phase, segment, tone: journey.tone };
}
