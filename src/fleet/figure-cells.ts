import type { FleetResult } from './fleet-result.js';
import { format } from './format-figures.js';

/** The header of the figures table (the CLI's table and the report's). */
export const FIGURE_HEADERS: readonly string[] = [
  'scenario',
  'policy',
  'load',
  'peak req/s (at s)',
  'back p50/p95/p99',
  'back ≤ 5 s/10 s',
  'gave up (budget/breaker/timeout/other)',
  'backend back after',
];

const seconds = (ms: number | null): string => (ms === null ? '∞' : format.fixed(ms / 1000));
const percent = (share: number): string => format.fixed(share * 100, 0);

/** The cells of one row of the figures table (the CLI's table shows the same columns). */
export function figureCells(scenario: string, policy: string, r: FleetResult): string[] {
  const rec = r.recovery;
  const g = r.gaveUp;
  const back = r.backend;
  return [
    scenario,
    policy,
    format.times(r.amplification),
    `${format.int(r.peakRequestsPerSecond)} (${r.peakAtSecond})`,
    rec === null ? '—' : `${[rec.p50Ms, rec.p95Ms, rec.p99Ms].map(seconds).join('/')} s`,
    rec === null ? '—' : `${[rec.within5s, rec.within10s].map(percent).join('/')} %`,
    `${format.int(g.total)} (${[g.budgetExhausted, g.circuitOpen, g.timedOut, g.other].map(format.int).join('/')})`,
    back === null
      ? '—'
      : back.timeToRecoverMs === null
        ? 'not by the end'
        : format.seconds(back.timeToRecoverMs),
  ];
}
