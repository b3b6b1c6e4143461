// The fleet tables of BENCHMARKS.md, from bench/results.json alone.
import type { FleetRecovery } from 'gme-result/fleet';
import type { Candidate } from './fleet/fleet-jobs.js';
import type { FleetRow, FleetTable } from './fleet-results.js';
import { p95, rowLabel } from './fleet-rows.js';
import { fixed, int, ms, pct, seconds, table, times } from './report-format.js';

const recoveryCells = (rec: FleetRecovery | null): string[] =>
  rec === null
    ? ['—', '—']
    : [
        `${seconds(rec.p50Ms)} / ${seconds(rec.p95Ms)} / ${seconds(rec.p99Ms)}`,
        `${pct(rec.within5s)} / ${pct(rec.within10s)}`,
      ];

/** `total (budget / breaker / timeout / other)` */
export const gaveUpCell = (r: FleetRow): string =>
  `${int(r.gaveUp.total)} (${int(r.gaveUp.budgetExhausted)} / ${int(r.gaveUp.circuitOpen)} / ${int(r.gaveUp.timedOut)} / ${int(r.gaveUp.other)})`;

const GAVE_UP = 'calls gave up (budget / breaker / timeout / other)';

/** Load, peak, recovery and the calls that gave up, one row per policy. */
export function fleetTable(t: FleetTable, withWall: boolean): string {
  return table(
    [
      'policy',
      'amplification',
      'peak req/s (at s)',
      'back p50 / p95 / p99',
      'within 5 s / 10 s',
      GAVE_UP,
      ...(withWall ? ['run wall time'] : []),
    ],
    t.rows.map((r) => [
      rowLabel(r),
      times(r.amplification),
      `${int(r.peakRequestsPerSecond)} (${r.peakAtSecond})`,
      ...recoveryCells(r.recovery),
      gaveUpCell(r),
      ...(withWall ? [ms(r.wallMs)] : []),
    ]),
  );
}

/** A backend time after the outage: `null` is still going on in the run's last seconds. */
export const backendTime = (n: number | null | undefined): string =>
  n === undefined ? '—' : n === null ? '**still at the end** (metastable)' : seconds(n);

/** The capacity-limited backend's side: waste, drain, refusals, late answers. */
export function capacityTable(t: FleetTable): string {
  return table(
    [
      'policy',
      'amplification',
      'stops wasting work after',
      'line drained after',
      'refused (7004)',
      'answered too late',
      'longest wait in line',
      'clients back p95',
      GAVE_UP,
    ],
    t.rows.map((r) => [
      rowLabel(r),
      times(r.amplification),
      backendTime(r.backend?.timeToRecoverMs),
      backendTime(r.backend?.timeToDrainMs),
      int(r.backend?.refused ?? 0),
      int(r.backend?.answeredTooLate ?? 0),
      seconds(r.backend?.maxWaitMs),
      seconds(p95(r)),
      gaveUpCell(r),
    ]),
  );
}

/** Isolated failures: the calls each policy gave up. */
export function isolatedTable(t: FleetTable): string {
  return table(
    ['policy', 'calls', GAVE_UP, 'per 1,000 calls'],
    t.rows.map((r) => [rowLabel(r), int(r.calls), gaveUpCell(r), fixed(r.gaveUpPer1000Calls, 2)]),
  );
}

/** The candidates' budget and breaker numbers. */
export function candidateTable(list: readonly Candidate[]): string {
  return table(
    ['candidate', 'budget', 'breaker'],
    list.map((c) => [
      c.id,
      Object.keys(c.budget).length === 0
        ? "defaultPolicy's"
        : Object.entries(c.budget)
            .map(([k, v]) => `${k} ${String(v)}`)
            .join(', '),
      `failureThreshold ${c.breaker.failureThreshold}, cooldownMs ${int(c.breaker.cooldownMs)}`,
    ]),
  );
}
