export * from './policy.js';
export * from './offer.js';
export * from './schedule.js';
export * from './build-offers.js';
export * from './build-schedule.js';
export * from './plan.js';
export * from './track-plan.js';
export * from './change-plan.js';
