export * from './routes.js';
export * from './contracts.js';
export * from './events.js';
export * from './error-meanings.js';
