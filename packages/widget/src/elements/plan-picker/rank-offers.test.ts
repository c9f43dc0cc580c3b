import { expect } from '@open-wc/testing';
import { parseRecommended } from './rank-offers.js';

describe('parseRecommended', () => {
  it('keeps the journey options named, in order, and drops unknown names', () => {
    expect(parseRecommended('instalments, lottery talk_to_person,,deferral')).to.deep.equal(['instalments', 'talk_to_person', 'deferral']);
    expect(parseRecommended('toString constructor')).to.deep.equal([]);
    expect(parseRecommended(null)).to.deep.equal([]);
  });
});
