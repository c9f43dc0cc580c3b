/** A creditor-side call that did not answer in time. */
export class HookTimeoutError extends Error {
  override name = 'HookTimeoutError';
}

/**
 * Runs `work` but stops waiting after `ms`, so a hanging creditor hook cannot hold a
 * request forever. The work itself is not cancelled: hooks must be idempotent by event id.
 */
export async function withTimeout<T>(work: () => Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new HookTimeoutError(`${what} did not answer within ${ms} ms`)), ms);
    // A hook still hanging must not keep a shutting-down process alive.
    timer.unref?.();
  });
  try {
    return await Promise.race([Promise.resolve().then(work), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
