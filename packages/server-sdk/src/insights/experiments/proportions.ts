/** z for a two-sided 95 % interval. */
export const Z_95 = 1.959963984540054;

export interface Interval {
  low: number;
  high: number;
}

/** Wilson score interval of a proportion: stays inside [0, 1] and behaves at 0 and n successes. */
export function wilsonInterval(successes: number, trials: number, z = Z_95): Interval {
  if (trials === 0) return { low: 0, high: 1 };
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const center = (p + z2 / (2 * trials)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator;
  return { low: Math.max(0, center - half), high: Math.min(1, center + half) };
}

/**
 * Newcombe's hybrid score interval (method 10, 1998) for the difference of two independent
 * proportions, p₁ − p₂, built from each one's Wilson interval. Unlike the normal
 * approximation it keeps close to its nominal coverage with small samples and rates near 0 or 1.
 */
export function differenceInterval(successes1: number, trials1: number, successes2: number, trials2: number, z = Z_95): Interval & { estimate: number } {
  const p1 = trials1 > 0 ? successes1 / trials1 : 0;
  const p2 = trials2 > 0 ? successes2 / trials2 : 0;
  const one = wilsonInterval(successes1, trials1, z);
  const two = wilsonInterval(successes2, trials2, z);
  const estimate = p1 - p2;
  return {
    estimate,
    low: estimate - Math.sqrt((p1 - one.low) ** 2 + (two.high - p2) ** 2),
    high: estimate + Math.sqrt((one.high - p1) ** 2 + (p2 - two.low) ** 2),
  };
}
