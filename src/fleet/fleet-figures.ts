import { LATE_MS } from './fleet-backend.js';
import type { FleetBackendFigures, FleetResult } from './fleet-result.js';
import type { FleetScenario } from './fleet-scenario.js';
import { recoveryFigures } from './recovery-figures.js';
import type { FleetRunRecord } from './run-fleet.js';

/** A backend still saturated this close to the end of the run has not recovered (as far as the run shows). */
const SETTLE_MS = 10_000;

/** The labels of a run that are not measured. */
export interface RunLabels {
  readonly clients: number;
  readonly seed: number;
  readonly roomKeeping: string;
}

/** The failure window of a scenario, ms: the outage, or the whole run without one. */
export function failureWindow(scenario: FleetScenario): readonly [number, number] {
  const o = scenario.outage;
  return o === undefined ? [0, scenario.endMs] : [o.fromMs, Math.min(o.toMs, scenario.endMs)];
}

/** Requests counted in [fromMs, toMs) of per-second counts (partial seconds count whole). */
function sum(perSecond: readonly number[], fromMs: number, toMs: number): number {
  let n = 0;
  const end = Math.min(perSecond.length, Math.ceil(toMs / 1000));
  for (let s = Math.floor(fromMs / 1000); s < end; s++) n += perSecond[s] as number;
  return n;
}

/** From `since` to `lastAt`: 0 when it is earlier, `null` when it is within `SETTLE_MS` of the end. */
function sinceEnd(lastAt: number, since: number, endMs: number): number | null {
  if (lastAt >= endMs - SETTLE_MS) return null;
  return lastAt >= since ? lastAt - since : 0;
}

function backendFigures(record: FleetRunRecord, scenario: FleetScenario): FleetBackendFigures | null {
  const capacity = scenario.capacity;
  if (capacity === undefined) return null;
  const b = record.backend;
  const since = scenario.outage?.toMs ?? 0;
  return {
    capacityPerSecond: capacity.perClientPerSecond * b.settings.clients,
    refused: b.refused,
    answeredTooLate: b.answeredTooLate,
    maxWaitMs: b.maxWaitMs,
    lateMs: LATE_MS,
    settleMs: SETTLE_MS,
    timeToRecoverMs: sinceEnd(b.lastWastedAt, since, scenario.endMs),
    timeToDrainMs: sinceEnd(b.lastSaturatedAt, since, scenario.endMs),
  };
}

/** Every figure of a run, given the baseline's requests per second (the same fleet, nothing failing). */
export function fleetFigures(
  scenario: FleetScenario,
  labels: RunLabels,
  record: FleetRunRecord,
  baselinePerSecond: readonly number[],
): FleetResult {
  const requests = Array.from(record.backend.requests);
  const [from, to] = failureWindow(scenario);
  let peak = 0;
  let peakAt = 0;
  for (let s = Math.floor(from / 1000); s < requests.length; s++) {
    const n = requests[s] as number;
    if (n > peak) {
      peak = n;
      peakAt = s;
    }
  }
  let undelivered = 0;
  for (const p of record.players) {
    for (const m of p.messages) if (m.deliveredAt === Number.POSITIVE_INFINITY) undelivered++;
  }
  const inWindow = sum(requests, from, to);
  const baseline = sum(baselinePerSecond, from, to);
  const tally = record.tally;
  const backAt = scenario.outage === undefined || to >= scenario.endMs ? undefined : to;
  return {
    scenario: scenario.name,
    clients: labels.clients,
    seed: labels.seed,
    roomKeeping: labels.roomKeeping,
    windowMs: [from, to],
    amplification: baseline === 0 ? null : inWindow / baseline,
    requestsInWindow: inWindow,
    baselineRequestsInWindow: baseline,
    peakRequestsPerSecond: peak,
    peakAtSecond: peakAt,
    recovery: backAt === undefined ? null : recoveryFigures(record.players, from, backAt),
    gaveUp: { ...tally.gaveUp },
    gaveUpPer1000Calls: tally.calls === 0 ? 0 : (1000 * tally.gaveUp.total) / tally.calls,
    calls: tally.calls,
    messages: tally.messages,
    undelivered,
    requestsPerSecond: requests,
    baselineRequestsPerSecond: [...baselinePerSecond],
    probesPerSecond: Array.from(record.backend.probes),
    backend: backendFigures(record, scenario),
  };
}
