import type { Player } from './fleet-player.js';

/** What the recovery figures read of a player. */
export type PlayerTrace = Pick<Player, 'roomEnteredAt' | 'roomLostAt' | 'messages'>;

import type { FleetRecovery } from './fleet-result.js';

/** The recovery curve covers this many seconds after the backend's return. */
const CURVE_S = 60;

/**
 * Each client's time back after the backend returned at `back` (the failure window began at
 * `down`): in its room again (if it lost it) and every message the failure touched delivered.
 */
function timesBack(players: readonly PlayerTrace[], down: number, back: number): number[] {
  return players.map((p) => {
    const lostRoom = p.roomLostAt.some((t) => t >= down);
    let at = lostRoom ? (p.roomEnteredAt.find((t) => t >= back) ?? Number.POSITIVE_INFINITY) : back;
    for (const m of p.messages) {
      const touched = m.failures > 0 || (m.createdAt < back && m.deliveredAt > back);
      if (touched) at = Math.max(at, m.deliveredAt);
    }
    return Math.max(0, at - back);
  });
}

/** Percentiles, shares and the curve of the clients' times back (see {@link FleetRecovery}). */
export function recoveryFigures(players: readonly PlayerTrace[], down: number, back: number): FleetRecovery {
  const times = timesBack(players, down, back).sort((a, b) => a - b);
  const n = times.length;
  const pick = (q: number): number | null => {
    const v = times[Math.min(n - 1, Math.ceil(q * n) - 1)] as number;
    return Number.isFinite(v) ? v : null;
  };
  const within = (ms: number): number => {
    // times is sorted: count the prefix at or under ms.
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((times[mid] as number) <= ms) lo = mid + 1;
      else hi = mid;
    }
    return lo / n;
  };
  return {
    p50Ms: pick(0.5),
    p95Ms: pick(0.95),
    p99Ms: pick(0.99),
    maxMs: pick(1),
    within5s: within(5_000),
    within10s: within(10_000),
    notRecovered: times.filter((t) => !Number.isFinite(t)).length,
    byS: Array.from({ length: CURVE_S + 1 }, (_, s) => within(s * 1000)),
  };
}
