import type { InsightEvent } from './insight-event.js';

export type Sentiment = 'positive' | 'neutral' | 'negative';

export interface CommentSentiment {
  sentiment: Sentiment;
  /** Lexicon polarity per word: above 0 positive, below 0 negative. */
  polarity: number;
}

type Analyzer = (words: string[]) => number;

/**
 * Sentiment from natural's SentimentAnalyzer and its maintained lexicons: the Pattern
 * lexicon for German (with natural's German negations), AFINN-165 with the Porter stemmer
 * for English. Three rules of our own around it:
 * - words are looked up case-folded: German nouns are capitalised in the lexicon, while
 *   natural lower-cases the text ("Frechheit" would never match);
 * - a negation reaches to the end of its clause (comma, full stop, "aber"/"but"), not to
 *   the end of the comment: "Gar nicht so schlimm, alles war fair" stays positive;
 * - English gets a negation list (natural has none for English).
 * The lexicons load on first use, so servers that never ask pay nothing.
 */
const analyzers = new Map<'de' | 'en', Promise<Analyzer>>();

const ENGLISH_NEGATIONS = ['not', 'no', 'never', 'nobody', 'nothing', "don't", "didn't", "doesn't", "isn't", "wasn't", "aren't", "can't", "couldn't", "won't"];
const CLAUSE_BREAK: Record<'de' | 'en', RegExp> = {
  de: /[.,;:!?]+|\b(?:aber|doch|sondern|jedoch)\b/iu,
  en: /[.,;:!?]+|\b(?:but|though|although|yet)\b/iu,
};

/** natural is an optional peer (it is large): only creditors who score sentiment install it. */
async function importSentimentAnalyzer(): Promise<typeof import('natural/lib/natural/sentiment/SentimentAnalyzer.js')> {
  try {
    return await import('natural/lib/natural/sentiment/SentimentAnalyzer.js');
  } catch (error) {
    throw new Error('Feedback sentiment needs the optional peer dependency "natural": npm install natural@^8.1.1', { cause: error });
  }
}

async function loadAnalyzer(locale: 'de' | 'en'): Promise<Analyzer> {
  const { default: SentimentAnalyzer } = await importSentimentAnalyzer();
  if (locale === 'de') {
    const analyzer = new SentimentAnalyzer('German', { stem: (word) => word.toLowerCase() }, 'pattern');
    return (words) => analyzer.getSentiment(words);
  }
  const { default: PorterStemmer } = await import('natural/lib/natural/stemmers/porter_stemmer.js');
  const analyzer = new SentimentAnalyzer('English', { stem: (word) => PorterStemmer.stem(word.toLowerCase()) }, 'afinn');
  analyzer.negations = ENGLISH_NEGATIONS;
  return (words) => analyzer.getSentiment(words);
}

function analyzerFor(locale: 'de' | 'en'): Promise<Analyzer> {
  let analyzer = analyzers.get(locale);
  if (!analyzer) {
    analyzer = loadAnalyzer(locale);
    analyzers.set(locale, analyzer);
  }
  return analyzer;
}

const words = (text: string) => text.match(/[\p{L}\p{N}']+/gu) ?? [];

/** Positive, neutral or negative, for one feedback comment in German or English. */
export async function commentSentiment(comment: string, locale: 'de' | 'en'): Promise<CommentSentiment> {
  const analyze = await analyzerFor(locale);
  const all = words(comment);
  if (all.length === 0) return { sentiment: 'neutral', polarity: 0 };
  // natural scores a word list as its polarity sum over its length; weigh each clause by its words.
  const clauses = comment
    .split(CLAUSE_BREAK[locale])
    .map(words)
    .filter((clause) => clause.length > 0);
  const polarity = clauses.reduce((sum, clause) => sum + analyze(clause) * clause.length, 0) / all.length;
  return { sentiment: polarity > 0 ? 'positive' : polarity < 0 ? 'negative' : 'neutral', polarity };
}

export interface FeedbackWithSentiment extends CommentSentiment {
  claimId: string;
  time: string;
  comment: string;
  locale: 'de' | 'en';
  segment?: InsightEvent['segment'];
  /** The CSAT score given with the comment. */
  csat?: number;
}

/** Every feedback comment with its sentiment; comments without a known language are read as `defaultLocale`. */
export async function feedbackSentiments(events: readonly InsightEvent[], defaultLocale: 'de' | 'en' = 'en'): Promise<FeedbackWithSentiment[]> {
  const comments = events.filter((event): event is InsightEvent & { comment: string } => event.type === 'feedback.submitted' && typeof event.comment === 'string' && event.comment.trim() !== '');
  return Promise.all(
    comments.map(async (event) => {
      const locale = event.locale ?? defaultLocale;
      return {
        claimId: event.claimId,
        time: event.time,
        comment: event.comment,
        locale,
        ...(event.segment ? { segment: event.segment } : {}),
        ...(event.score !== undefined ? { csat: event.score } : {}),
        ...(await commentSentiment(event.comment, locale)),
      };
    }),
  );
}
