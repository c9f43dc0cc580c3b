import { commentSentiment, differenceInterval } from '@settle/server-sdk';
import { ENGLISH_COMMENTS, GERMAN_COMMENTS, type LabelledComment } from '../fixtures/feedback-comments.js';
import { COVERAGE_SCENARIOS, intervalCoverage } from '../fixtures/seeded-random.js';

export interface SentimentScore {
  language: string;
  comments: number;
  right: number;
  /** Per true label: how many were labelled right, of how many. */
  byLabel: Record<string, { right: number; of: number }>;
}

async function score(language: string, comments: readonly LabelledComment[], locale: 'de' | 'en'): Promise<SentimentScore> {
  const byLabel: SentimentScore['byLabel'] = {};
  let right = 0;
  for (const comment of comments) {
    const hit = (await commentSentiment(comment.text, locale)).sentiment === comment.sentiment;
    const label = byLabel[comment.sentiment] ?? { right: 0, of: 0 };
    byLabel[comment.sentiment] = label;
    label.of += 1;
    if (hit) {
      label.right += 1;
      right += 1;
    }
  }
  return { language, comments: comments.length, right, byLabel };
}

/** The insights section of BENCHMARKS.md: sentiment accuracy per language and interval coverage. */
export async function insightsReport(): Promise<string[]> {
  const scores = [await score('German', GERMAN_COMMENTS, 'de'), await score('English', ENGLISH_COMMENTS, 'en')];
  const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
  const lines = [
    '## 6. Insights: feedback sentiment and tone-experiment intervals',
    '',
    '| language | comments | accuracy (3 classes) | positive | neutral | negative |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...scores.map((entry) => {
      const label = (name: string) => `${entry.byLabel[name]?.right ?? 0}/${entry.byLabel[name]?.of ?? 0}`;
      return `| ${entry.language} | ${entry.comments} | ${percent(entry.right / entry.comments)} | ${label('positive')} | ${label('neutral')} | ${label('negative')} |`;
    }),
    '',
    'Sentiment: natural 8.1.1 SentimentAnalyzer (German: Pattern lexicon and its negations; English: AFINN-165 with the Porter stemmer), words looked up case-folded, a negation reaching to the end of its clause. Comments: tests/fixtures/feedback-comments.ts, written and labelled for these tests.',
    '',
    '| true conversion rates | claims per variant | runs | 95 % interval (Newcombe) holds the true difference |',
    '| --- | ---: | ---: | ---: |',
    ...COVERAGE_SCENARIOS.map(({ p1, p2, n }) => `| ${p1} vs ${p2} | ${n} | 2000 | ${percent(intervalCoverage(differenceInterval, { p1, p2, n, runs: 2_000, seed: 20261203 }))} |`),
  ];
  return lines;
}
