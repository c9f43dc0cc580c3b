/**
 * Resolves after the next frame is painted: work that is not on screen yet waits until
 * what the debtor sees is there. At once in a hidden tab, which paints no frames.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => (document.hidden ? resolve() : requestAnimationFrame(() => setTimeout(resolve))));
}
