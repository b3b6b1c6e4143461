import { describeCode } from 'gme-result';
import type { TimelineEntry } from './timeline.js';

/** Totals of a session, computed from the events of its timeline. */
export interface Summary {
  /** Calls that ended (`success` + `error` events). */
  readonly calls: number;
  readonly succeeded: number;
  readonly failed: number;
  /** SDK invocations (`attempt` events). */
  readonly attempts: number;
  /** `retry` events. */
  readonly retries: number;
  /** Virtual time spent waiting between attempts, summed over the `retry` events. */
  readonly retryWaitMs: number;
  /** `recovery` events, and how many of them worked. */
  readonly recoveries: number;
  readonly recoveriesOk: number;
  /** Ok results with a non-zero code (a `succeed()` rule), by code. */
  readonly acceptedByCode: ReadonlyMap<number, number>;
  /** Retries, by the code that caused them. */
  readonly retriesByCode: ReadonlyMap<number, number>;
  /** Calls that ended in Err, by code. */
  readonly failuresByCode: ReadonlyMap<number, number>;
}

const bump = (map: Map<number, number>, code: number): void => {
  map.set(code, (map.get(code) ?? 0) + 1);
};

/** Counts a timeline's events. */
export function summarize(entries: readonly TimelineEntry[]): Summary {
  let succeeded = 0;
  let failed = 0;
  let attempts = 0;
  let retries = 0;
  let retryWaitMs = 0;
  let recoveries = 0;
  let recoveriesOk = 0;
  const acceptedByCode = new Map<number, number>();
  const retriesByCode = new Map<number, number>();
  const failuresByCode = new Map<number, number>();
  for (const entry of entries) {
    switch (entry.name) {
      case 'attempt':
        attempts++;
        break;
      case 'retry':
        retries++;
        retryWaitMs += entry.event.delayMs;
        bump(retriesByCode, entry.event.code);
        break;
      case 'recovery':
        recoveries++;
        if (entry.event.ok) recoveriesOk++;
        break;
      case 'success':
        succeeded++;
        if (entry.event.code !== 0) bump(acceptedByCode, entry.event.code);
        break;
      case 'error':
        failed++;
        bump(failuresByCode, entry.event.error.code);
        break;
      case 'roomState':
        break;
    }
  }
  return {
    calls: succeeded + failed,
    succeeded,
    failed,
    attempts,
    retries,
    retryWaitMs: Math.round(retryWaitMs),
    recoveries,
    recoveriesOk,
    acceptedByCode,
    retriesByCode,
    failuresByCode,
  };
}

const byCode = (map: ReadonlyMap<number, number>): string =>
  map.size === 0
    ? '-'
    : [...map]
        .sort(([a], [b]) => a - b)
        .map(([code, n]) => `${code} ${describeCode(code).name} x${n}`)
        .join(', ');

/** The summary as an aligned two-column table. */
export function formatSummary(summary: Summary): string[] {
  const rows: Array<readonly [string, string]> = [
    ['calls', `${summary.calls} (${summary.succeeded} Ok, ${summary.failed} Err)`],
    ['attempts', String(summary.attempts)],
    ['retries', `${summary.retries} (${summary.retryWaitMs} ms of backoff in total)`],
    ['recoveries', `${summary.recoveries} (${summary.recoveriesOk} recovered)`],
    ['retried codes', byCode(summary.retriesByCode)],
    ['accepted codes', byCode(summary.acceptedByCode)],
    ['failures by code', byCode(summary.failuresByCode)],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const rule = `+-${'-'.repeat(width)}-+-${'-'.repeat(60)}`;
  return [rule, ...rows.map(([label, value]) => `| ${label.padEnd(width)} | ${value}`), rule];
}
