import { MemoryStore } from '../../src/index.js';
import { describeStoreContract } from './store-contract.js';

describeStoreContract('MemoryStore', async () => {
  const clock = { now: 1_000_000 };
  return {
    store: new MemoryStore(() => clock.now),
    advance: async (ms) => {
      clock.now += ms;
    },
  };
});
