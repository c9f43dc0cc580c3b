// natural ships no types for its deep module paths; these are the two classes we load.
declare module 'natural/lib/natural/sentiment/SentimentAnalyzer.js' {
  interface Stemmer {
    stem(token: string): string;
  }
  export default class SentimentAnalyzer {
    constructor(language: string, stemmer: Stemmer | null, type: 'afinn' | 'senticon' | 'pattern');
    negations: string[];
    getSentiment(words: string[]): number;
  }
}

declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}
