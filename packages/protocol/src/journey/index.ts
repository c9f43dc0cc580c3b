export * from './segments.js';
export * from './localized.js';
export * from './safe-values.js';
export * from './quiz.js';
export * from './score-quiz.js';
export * from './config.js';
export * from './default-quiz.js';
