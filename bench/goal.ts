/**
 * A goal's state in one benchmark run: `'not measured'` when the run did not reach the size the
 * goal names (a quick run), `'informational'` for a figure without a target.
 */
export type GoalStatus = 'met' | 'not met' | 'not measured' | 'informational';

/** One row of "Goals at a glance", computed from bench/results.json. */
export interface Goal {
  /** Where the goal was set: `'issue 13'`, `'DESIGN.md'`. */
  readonly source: string;
  /** The goal, in the terms. */
  readonly goal: string;
  /** What the run measured, as figures. */
  readonly measured: string;
  readonly status: GoalStatus;
}

/** `'met'` or `'not met'`, or `'not measured'` when the run was not at the goal's size. */
export function judge(atSize: boolean, ok: boolean): GoalStatus {
  if (!atSize) return 'not measured';
  return ok ? 'met' : 'not met';
}

/** A status as BENCHMARKS.md and the README print it: a miss in bold. */
export const statusText = (s: GoalStatus): string => (s === 'not met' ? '**not met**' : s);
