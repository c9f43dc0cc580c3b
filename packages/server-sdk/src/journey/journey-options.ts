import {
  DEFAULT_CSAT,
  DEFAULT_QUIZ,
  DEFAULT_RECOMMENDATIONS,
  JourneySettings,
  type Claim,
  type CsatScale,
  type Fact,
  type JourneyOption,
  type JourneySettingsInput,
  type QuizAnswers,
  type QuizDefinition,
  type QuizFlag,
  type Segment,
  type SupportChannels,
  type TextOverrides,
  type Theme,
  type Tone,
} from '@settle/protocol';
import { describeIssues } from '../http/request-body.js';
import { unknownTextKeys } from './text-overrides.js';

/** What a creditor's own scoring decides; the SDK adds the options and the safety rules. */
export interface QuizDecision {
  segment: Segment;
  flags?: QuizFlag[];
}

/**
 * The creditor's journey: quiz, brand, texts, tone, support, facts and CSAT scale, each
 * with a default (the default quiz follows the seeds). Validated when the SDK is created.
 */
export interface JourneyOptions extends JourneySettingsInput {
  /** Replaces the built-in scoring. Hardship and vulnerability still put a person first. */
  scoreQuiz?: (input: { answers: QuizAnswers; quiz: QuizDefinition; claim: Claim }) => QuizDecision | Promise<QuizDecision>;
}

export interface ResolvedJourney {
  quiz: QuizDefinition;
  theme: Theme;
  texts: TextOverrides;
  tone: Tone;
  support: SupportChannels;
  facts: Fact[];
  csat: CsatScale;
  recommendations: Record<Segment, readonly JourneyOption[]>;
  scoreQuiz: JourneyOptions['scoreQuiz'];
}

/** Inputs from elsewhere in the options: the top-level support channels. */
export interface JourneyContext {
  support?: { phone?: string; email?: string; chatUrl?: string };
}

function fail(prefix: string, issues: readonly { path: readonly PropertyKey[]; message: string }[]): never {
  throw new TypeError(`createSettle: ${prefix}${describeIssues(issues)}`);
}

/**
 * Validates the creditor's journey and fills in defaults. Refuses unsafe values (a
 * javascript: or http: URL, CSS that could escape its property) with an error naming the field.
 */
export function resolveJourney(input: JourneyOptions = {}, context: JourneyContext = {}): ResolvedJourney {
  const { scoreQuiz, ...settings } = input;
  if (scoreQuiz !== undefined && typeof scoreQuiz !== 'function') throw new TypeError('createSettle: journey.scoreQuiz must be a function');
  const parsed = JourneySettings.safeParse(settings);
  if (!parsed.success) fail('journey.', parsed.error.issues);
  const journey = parsed.data;
  const unknown = unknownTextKeys(journey.texts);
  if (unknown.length) throw new TypeError(`createSettle: journey.texts names texts the widget does not have: ${unknown.join(', ')}`);
  // The top-level support channels (used by identity locks and disputes) show in the journey too.
  const support = { ...context.support, ...journey.support };
  const supportCheck = JourneySettings.safeParse({ support });
  if (!supportCheck.success) fail('', supportCheck.error.issues);
  // One scale for the survey and POST /feedback; without one, 1-5 with the default labels.
  const csat = journey.csat ?? { ...DEFAULT_CSAT, min: 1, max: 5 };
  return {
    quiz: journey.quiz ?? DEFAULT_QUIZ,
    theme: journey.theme ?? {},
    texts: journey.texts ?? {},
    tone: journey.tone ?? 'empathetic',
    support: supportCheck.data.support ?? {},
    facts: journey.facts ?? [],
    csat,
    recommendations: { ...DEFAULT_RECOMMENDATIONS, ...journey.recommendations },
    scoreQuiz,
  };
}
