import type { FleetRow, FleetTable } from './fleet-results.js';

/** A row's name in the tables: the policy, and ", own re-entry loop" for the games' own loop. */
export function rowLabel(r: Pick<FleetRow, 'policy' | 'roomKeeping'>): string {
  return r.roomKeeping === 'loop' ? `${r.policy}, own re-entry loop` : r.policy;
}

/** The row of `policy` in `t`: the one with `keepInRoom` unless `roomKeeping` asks for the games' own loop. */
export function findRow(
  t: FleetTable,
  policy: string,
  roomKeeping: 'session' | 'loop' = 'session',
): FleetRow | undefined {
  return t.rows.find((r) => r.policy === policy && r.roomKeeping === roomKeeping);
}

/** The 95th percentile of the clients' time back, ms; `null` when not reached or not there. */
export const p95 = (r: FleetRow | undefined): number | null => r?.recovery?.p95Ms ?? null;
