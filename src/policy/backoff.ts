import type { JitterMode } from './actions.js';

/** Input of {@link computeDelay}. */
export interface DelayInput {
  /** The number of the attempt that just failed (1 for the first). */
  readonly attempt: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly jitter: JitterMode;
  /** The previous wait, for `'decorrelated'`. @default baseDelayMs */
  readonly previousDelayMs?: number | undefined;
  /** A source of numbers in [0, 1), injected so tests are exact. */
  readonly random: () => number;
}

/**
 * The wait before the next attempt, in whole ms: a capped exponential
 * `exp = min(maxDelayMs, baseDelayMs * 2^(attempt - 1))`, then
 * - `'none'`: `exp`;
 * - `'full'`: a uniform value in `[0, exp]` (spreads a fleet's retries the most);
 * - `'equal'`: `exp / 2` plus a uniform value in `[0, exp / 2]` (never shorter than half);
 * - `'decorrelated'`: `min(maxDelayMs, base + random * (previous * 3 - base))`, AWS style.
 *
 * @example
 * import { computeDelay } from 'gme-result';
 * computeDelay({ attempt: 3, baseDelayMs: 200, maxDelayMs: 5000, jitter: 'none', random: Math.random }); // 800
 */
export function computeDelay(input: DelayInput): number {
  const { attempt, baseDelayMs: base, maxDelayMs: max } = input;
  const r = unit(input.random());
  const exp = Math.min(max, base * 2 ** Math.min(Math.max(attempt - 1, 0), 52));
  switch (input.jitter) {
    case 'none':
      return Math.round(exp);
    case 'full':
      return Math.round(r * exp);
    case 'equal':
      return Math.round(exp / 2 + (r * exp) / 2);
    case 'decorrelated': {
      const previous = input.previousDelayMs ?? base;
      const span = Math.max(0, previous * 3 - base);
      return Math.round(Math.min(max, base + r * span));
    }
  }
}

/** Clamps a random draw into [0, 1]; a broken source (NaN) counts as 0. */
function unit(n: number): number {
  return n >= 0 ? Math.min(n, 1) : 0;
}
