export * from './settle-ready.js';
export * from './settle-error.js';
export * from './settle-dispute-request.js';
export * from './settle-contact-request.js';
export * from './settle-quiz-complete.js';
export * from './settle-feedback-submit.js';
export * from './settle-dispute-submit.js';
export * from './settle-contact-submit.js';
