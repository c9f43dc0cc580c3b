export * from './routes.js';
export * from './schemas.js';
export * from './events.js';
export * from './error-meanings.js';
