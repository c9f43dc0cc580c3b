/** Raised when a provider's script or chunk does not arrive in time. */
export class ProviderLoadTimeout extends Error {
  override name = 'ProviderLoadTimeout';
}

/**
 * Bounds a vendor loader: `loadStripe` and PayPal's `loadScript` have no timeout and hang
 * on a network that drops packets, which would leave the debtor looking at a spinner.
 */
export function withTimeout<T>(work: Promise<T>, ms: number, what: string, signal?: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new ProviderLoadTimeout(`${what} did not load within ${ms} ms.`)), ms);
    const abort = () => {
      clearTimeout(timer);
      reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
    };
    signal?.addEventListener('abort', abort, { once: true });
    work.then(
      (value) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', abort);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', abort);
        reject(error);
      },
    );
  });
}
