import * as z from 'zod/mini';
import { ClockTime, TimeZone, Weekday } from '../api/contact.js';
import { IsoDate } from '../dates.js';
import { LocalizedText } from './localized.js';
import { QuizDefinition } from './quiz.js';
import { CssColor, CssLength, EmailAddress, FontFamily, HttpsUrl, LogoUrl, PhoneNumber } from './safe-values.js';
import { JourneyOption, Segment } from './segments.js';

/**
 * The creditor's brand as design tokens; the widget maps them onto `--settle-*` properties.
 * `primaryDark` is the primary colour in dark mode: the creditor's own, or derived by the
 * server from `primary` with AA contrast on the dark surface (see `darkVariant`).
 */
export const Theme = z.object({
  brandName: z.optional(z.string().check(z.minLength(1), z.maxLength(120))),
  colors: z.optional(z.partialRecord(z.enum(['primary', 'primaryDark', 'onPrimary', 'background', 'surface', 'text', 'mutedText', 'border', 'focus', 'success', 'danger']), CssColor)),
  radius: z.optional(CssLength),
  fontFamily: z.optional(FontFamily),
  /** https://, or a path on the page's origin (`/brands/logo.svg`). */
  logoUrl: z.optional(LogoUrl),
  logoAlt: z.optional(LocalizedText),
});
export type Theme = z.infer<typeof Theme>;

export const Tone = z.enum(['empathetic', 'neutral', 'formal', 'easy']);
export type Tone = z.infer<typeof Tone>;

/**
 * Overrides of the widget's own texts, by locale and i18n key (e.g. `{ de: { 'contact.title': '…' } }`);
 * a tone's own text by its key (`contact.title_formal`). The server refuses keys the widget
 * does not have; a locale or tone without an override keeps the widget's text.
 */
export const TextOverrides = z.record(
  z.string().check(z.regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be a locale such as de')),
  z.record(z.string().check(z.regex(/^[a-z][A-Za-z0-9_.-]{0,99}$/, 'must be an i18n key such as contact.title')), z.string().check(z.maxLength(1000))),
);
export type TextOverrides = z.infer<typeof TextOverrides>;

/** Where a person can be reached; hardship, vulnerability and disputes always show these. */
export const SupportChannels = z.object({
  phone: z.optional(PhoneNumber),
  email: z.optional(EmailAddress),
  chatUrl: z.optional(HttpsUrl),
  contactUrl: z.optional(HttpsUrl),
  openingHours: z.optional(LocalizedText),
  /**
   * When the creditor's people call back, in its time zone: weekday windows such as
   * Mon–Fri 08:00–18:00. Callback requests are offered and accepted only inside them.
   */
  callbackHours: z.optional(
    z.object({
      timeZone: TimeZone,
      windows: z
        .array(
          z.object({ days: z.array(Weekday).check(z.minLength(1), z.maxLength(7)), from: ClockTime, to: ClockTime }).check(z.refine((window) => window.from < window.to, 'to must be later than from')),
        )
        .check(z.minLength(1), z.maxLength(14)),
    }),
  ),
  /** Free, independent debt advice the creditor points to (UK FG21/1 signposting). */
  debtAdvice: z.optional(z.array(z.object({ name: LocalizedText, url: HttpsUrl, phone: z.optional(PhoneNumber) })).check(z.maxLength(5))),
});
export type SupportChannels = z.infer<typeof SupportChannels>;

/**
 * A "did you know" fact. Only the creditor's own figures, each with its source and date;
 * Settle ships none. `sample` marks demo content that must never reach a real debtor.
 */
export const Fact = z.object({
  id: z.string().check(z.regex(/^[a-z0-9_-]{1,40}$/, 'must be a short id')),
  text: LocalizedText,
  /** Where the figure comes from, in the page's languages (a plain string reads the same in all). */
  source: z.union([z.string().check(z.minLength(1), z.maxLength(300)), LocalizedText]),
  sourceUrl: z.optional(HttpsUrl),
  date: IsoDate,
  /** Segments to show it to; all playful ones when absent. Never shown once hardship shows. */
  segments: z.optional(z.array(Segment)),
  sample: z.optional(z.boolean()),
});
export type Fact = z.infer<typeof Fact>;

/** The satisfaction scale, e.g. 1-9 (Encore's post-call survey) or 1-5. */
export const CsatScale = z.object({
  min: z.int().check(z.minimum(0), z.maximum(1)),
  max: z.int().check(z.minimum(3), z.maximum(10)),
  lowLabel: z.optional(LocalizedText),
  highLabel: z.optional(LocalizedText),
});
export type CsatScale = z.infer<typeof CsatScale>;

/** What GET /journey answers: everything the widget needs to run the creditor's journey. */
export const JourneyConfig = z.object({
  quiz: QuizDefinition,
  theme: Theme,
  texts: TextOverrides,
  tone: Tone,
  support: SupportChannels,
  /** Options this creditor offers (plan offers from its policy, plus dispute and a person). */
  options: z.array(JourneyOption),
  facts: z.array(Fact).check(z.maxLength(20)),
  csat: CsatScale,
});
export type JourneyConfig = z.infer<typeof JourneyConfig>;

/** What a creditor passes as `journey` to createSettle; every part has a default. */
export const JourneySettings = z.object({
  quiz: z.optional(QuizDefinition),
  theme: z.optional(Theme),
  texts: z.optional(TextOverrides),
  tone: z.optional(Tone),
  support: z.optional(SupportChannels),
  facts: z.optional(z.array(Fact).check(z.maxLength(20))),
  csat: z.optional(CsatScale.check(z.refine((scale) => scale.max > scale.min, 'max must be above min'))),
  /** Ordered recommendations per segment, replacing the defaults for the segments given. */
  recommendations: z.optional(z.partialRecord(Segment, z.array(JourneyOption).check(z.maxLength(9)))),
});
export type JourneySettings = z.infer<typeof JourneySettings>;
export type JourneySettingsInput = z.input<typeof JourneySettings>;
