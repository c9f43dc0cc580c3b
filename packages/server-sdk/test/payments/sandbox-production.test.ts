import { afterEach, describe, expect, it, vi } from 'vitest';
import { testSettle } from '../support.js';

describe('the sandbox provider under NODE_ENV=production', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('is refused at start-up, naming the way to allow it', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    await expect(testSettle({ providers: { sandbox: true } })).rejects.toThrow(/NODE_ENV is "production".*allowInProduction/);
    await expect(testSettle({ providers: { sandbox: { webhookSecret: 'sbx-secret-for-the-test' } } })).rejects.toThrow(/allowInProduction/);
  });

  it('starts when explicitly allowed, with a loud warning in the log', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const { logged } = await testSettle({ providers: { sandbox: { allowInProduction: true } } });
    expect(logged.some((line) => line.startsWith('WARNING: the sandbox payment provider is enabled with NODE_ENV=production'))).toBe(true);
  });

  it('starts without a warning outside production, as in tests and the demo', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    const { logged } = await testSettle({ providers: { sandbox: true } });
    expect(logged).toEqual([]);
  });
});
