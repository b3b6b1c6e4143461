import type { FleetResults, FleetRow } from './fleet-results.js';
import { findRow, p95 } from './fleet-rows.js';
import { type Goal, judge } from './goal.js';
import { fixed, int, ms, pct, seconds, times } from './report-format.js';

/** The fleet targets of issues 11 and 12, as the issues set them. */
export const FLEET_GOALS = {
  /** The outage and room-give-up goals are set for this many clients. */
  clients: 10_000,
  outage: { amplification: 1.2, backP95Ms: 5_000 },
  roomGiveUp: { amplification: 1.5, backP95Ms: 10_000 },
  /** Calls given up per 1,000 with isolated failures. */
  isolatedGaveUpPer1000: 0,
  /** The capacity-limited backend stops wasting work this soon after the outage, ms. */
  capacityRecoverMs: 10_000,
} as const;

const amp = (r: FleetRow | undefined): number | null => r?.amplification ?? null;
const back = (r: FleetRow | undefined): string =>
  r?.recovery === null || r === undefined
    ? 'not reached'
    : `${seconds(p95(r))} (${pct(r.recovery.within5s)} within 5 s, ${pct(r.recovery.within10s)} within 10 s)`;
const recover = (r: FleetRow | undefined): string => {
  const ttr = r?.backend?.timeToRecoverMs;
  if (ttr === undefined) return 'not run';
  return ttr === null ? 'still wasting work at the end (metastable)' : seconds(ttr);
};
const atMost = (n: number | null, limit: number): boolean => n !== null && n <= limit;

/** The fleet's rows of "Goals at a glance": the simulator's speed (issue 12) and issue 11's four goals. */
export function fleetGoals(f: FleetResults): Goal[] {
  const g = FLEET_GOALS;
  const outage = findRow(f.full, 'defaultPolicy');
  const giveUp = findRow(f.roomGiveUp, 'defaultPolicy');
  const giveUpLoop = findRow(f.roomGiveUp, 'defaultPolicy', 'loop');
  const giveUpNaive = findRow(f.roomGiveUp, 'naive p-retry', 'loop');
  const isolated = findRow(f.candidates.isolated, 'defaultPolicy');
  const cap = findRow(f.capacity, 'defaultPolicy');
  const capNaive = findRow(f.capacity, 'naive p-retry');
  const capHoldOff = findRow(f.capacity, 'defaultPolicy, hold off');
  const fullSize = f.full.clients >= g.clients;
  const giveUpSize = f.roomGiveUp.clients >= g.clients;
  const outageS = (f.scenarios.outage.outage?.toMs ?? 0) - (f.scenarios.outage.outage?.fromMs ?? 0);
  const at = (clients: number): string => ` at ${int(clients)} clients`;
  return [
    {
      source: 'issue 12',
      goal: `simulator: ${int(f.speed.clients)} clients over the ${fixed(f.speed.simulatedMs / 1000, 0)} s ${f.speed.scenario} scenario in ≤ ${ms(f.speed.goalMs)}`,
      measured: ms(f.speed.wallMs),
      status: judge(true, f.speed.wallMs <= f.speed.goalMs),
    },
    {
      source: 'issue 11',
      goal: `${int(g.clients)} clients, ${fixed(outageS / 1000, 0)} s outage, defaultPolicy with keepInRoom: amplification ≤ ${times(g.outage.amplification)}`,
      measured: `${times(amp(outage))}${at(f.full.clients)}`,
      status: judge(fullSize, atMost(amp(outage), g.outage.amplification)),
    },
    {
      source: 'issue 11',
      goal: `the same: 95 % of clients back in the room with their outbox delivered ≤ ${seconds(g.outage.backP95Ms)} after the backend returns`,
      measured: `${back(outage)}${at(f.full.clients)}`,
      status: judge(fullSize, atMost(p95(outage), g.outage.backP95Ms)),
    },
    {
      source: 'issue 11',
      goal: `SDKs that give up reconnecting (room-give-up), defaultPolicy with keepInRoom: amplification ≤ ${times(g.roomGiveUp.amplification)}`,
      measured: `${times(amp(giveUp))}${at(f.roomGiveUp.clients)}; own re-entry loop ${times(amp(giveUpLoop))}; naive p-retry, own re-entry loop ${times(amp(giveUpNaive))}`,
      status: judge(giveUpSize, atMost(amp(giveUp), g.roomGiveUp.amplification)),
    },
    {
      source: 'issue 11',
      goal: `the same: 95 % back ≤ ${seconds(g.roomGiveUp.backP95Ms)}`,
      measured: `${back(giveUp)}${at(f.roomGiveUp.clients)}; own re-entry loop ${seconds(p95(giveUpLoop))}; naive p-retry, own re-entry loop ${seconds(p95(giveUpNaive))}`,
      status: judge(giveUpSize, atMost(p95(giveUp), g.roomGiveUp.backP95Ms)),
    },
    {
      source: 'issue 11',
      goal: `isolated failures, defaultPolicy: ${g.isolatedGaveUpPer1000} calls given up per 1,000`,
      measured:
        isolated === undefined
          ? 'not run'
          : `${fixed(isolated.gaveUpPer1000Calls, 2)} per 1,000 (${int(isolated.gaveUp.total)} of ${int(isolated.calls)} calls)`,
      status: judge(
        isolated !== undefined,
        isolated !== undefined && isolated.gaveUpPer1000Calls <= g.isolatedGaveUpPer1000,
      ),
    },
    {
      source: 'issue 11',
      goal: `capacity-limited backend, defaultPolicy: the backend stops wasting work ≤ ${seconds(g.capacityRecoverMs)} after the outage's end`,
      measured: `${recover(cap)}; naive p-retry ${recover(capNaive)}; defaultPolicy, hold off ${recover(capHoldOff)}`,
      status: judge(cap !== undefined, atMost(cap?.backend?.timeToRecoverMs ?? null, g.capacityRecoverMs)),
    },
  ];
}
