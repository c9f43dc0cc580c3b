/**
 * `@settle/server-sdk/redis`: the Redis store, in its own entry point so that only servers
 * that use it load `ioredis` (an optional peer dependency).
 */
export { RedisStore } from './store/redis-store.js';
export type { RedisStoreOptions } from './store/redis-store.js';
