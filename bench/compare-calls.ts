import type { PerCall } from './measure-calls.js';

/** The figures of a contestant that a comparison reads. */
export type CallSpread = Pick<PerCall, 'medianNs' | 'p25Ns' | 'p75Ns'>;

/**
 * How contestant `a` compares with `b` within one run: `'faster'` when a's whole interquartile
 * range (p25–p75) lies below b's, `'slower'` when it lies above, and `'within the spread'` when
 * the two ranges overlap (touching counts as overlapping). On a shared machine two medians a few
 * per cent apart can swap places from one run to the next; two interquartile ranges that do not
 * overlap rarely do.
 */
export type CallComparison = 'faster' | 'slower' | 'within the spread';

/** Compares `a` with `b` by their interquartile ranges (see {@link CallComparison}). */
export function compareCalls(a: CallSpread, b: CallSpread): CallComparison {
  if (a.p75Ns < b.p25Ns) return 'faster';
  if (a.p25Ns > b.p75Ns) return 'slower';
  return 'within the spread';
}
