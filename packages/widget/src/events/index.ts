export * from './settle-ready.js';
export * from './settle-error.js';
export * from './settle-dispute-request.js';
export * from './settle-contact-request.js';
