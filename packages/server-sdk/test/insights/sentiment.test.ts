import { describe, expect, it } from 'vitest';
import { commentSentiment, feedbackSentiments } from '../../src/insights/index.js';
import { ENGLISH_COMMENTS, GERMAN_COMMENTS, type LabelledComment } from '../../../../tests/fixtures/feedback-comments.js';

async function accuracy(comments: readonly LabelledComment[], locale: 'de' | 'en'): Promise<number> {
  let right = 0;
  for (const comment of comments) if ((await commentSentiment(comment.text, locale)).sentiment === comment.sentiment) right += 1;
  return right / comments.length;
}

describe('feedback sentiment', () => {
  it('has a labelled set of at least 40 comments per language, with all three classes', () => {
    for (const set of [GERMAN_COMMENTS, ENGLISH_COMMENTS]) {
      expect(set.length).toBeGreaterThanOrEqual(40);
      for (const label of ['positive', 'neutral', 'negative']) expect(set.filter((comment) => comment.sentiment === label).length).toBeGreaterThanOrEqual(10);
    }
  });

  it('labels at least 80 % of the German comments right', async () => {
    expect(await accuracy(GERMAN_COMMENTS, 'de')).toBeGreaterThanOrEqual(0.8);
  });

  it('labels at least 80 % of the English comments right', async () => {
    expect(await accuracy(ENGLISH_COMMENTS, 'en')).toBeGreaterThanOrEqual(0.8);
  });

  it('ends a negation at the end of its clause', async () => {
    expect((await commentSentiment('Gar nicht so schlimm, alles war fair.', 'de')).sentiment).toBe('positive');
    expect((await commentSentiment('Das war nicht fair.', 'de')).sentiment).toBe('negative');
    expect((await commentSentiment('The plan was not fair.', 'en')).sentiment).toBe('negative');
  });

  it('tags each feedback comment with its sentiment, skipping feedback without a comment', async () => {
    const tagged = await feedbackSentiments([
      { type: 'feedback.submitted', claimId: 'a', time: '2026-12-03T10:00:00Z', score: 9, comment: 'Schnell und freundlich, danke!', locale: 'de' },
      { type: 'feedback.submitted', claimId: 'b', time: '2026-12-03T10:00:00Z', score: 2, comment: 'Terrible, confusing page.' },
      { type: 'feedback.submitted', claimId: 'c', time: '2026-12-03T10:00:00Z', score: 7 },
    ]);
    expect(tagged.map((comment) => [comment.claimId, comment.locale, comment.sentiment, comment.csat])).toEqual([
      ['a', 'de', 'positive', 9],
      ['b', 'en', 'negative', 2],
    ]);
  });
});
