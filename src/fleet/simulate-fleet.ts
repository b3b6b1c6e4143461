import { failureWindow, fleetFigures } from './fleet-figures.js';
import {
  type ResolvedFleetOptions,
  resolveFleetOptions,
  type SimulateFleetOptions,
} from './fleet-options.js';
import type { FleetResult } from './fleet-result.js';
import type { FleetScenario } from './fleet-scenario.js';
import { runFleet } from './run-fleet.js';

/** Baselines kept, most recently used last (a CLI or benchmark compares policies on one scenario). */
const KEPT = 16;
const baselines = new Map<string, readonly number[]>();

/**
 * The baseline's scenario: the same fleet up to the window's end, with a backend that never fails
 * and has no capacity limit. No call fails, so no policy rule is ever consulted: the baseline is
 * the same for every policy, and is kept for the next run of the same fleet.
 */
function baselineScenario(o: ResolvedFleetOptions): FleetScenario {
  const { outage: _outage, capacity: _capacity, ...rest } = o.scenario;
  return { ...rest, endMs: failureWindow(o.scenario)[1] };
}

function keyOf(scenario: FleetScenario, o: ResolvedFleetOptions): string {
  const { name: _name, summary: _summary, ...numbers } = scenario;
  return JSON.stringify([numbers, o.clients, o.seed, o.roomKeeping]);
}

async function run(o: ResolvedFleetOptions): Promise<FleetResult> {
  const quiet = baselineScenario(o);
  const key = keyOf(quiet, o);
  let baseline = baselines.get(key);
  const total = (baseline === undefined ? quiet.endMs : 0) + o.scenario.endMs;
  let done = 0;
  const progress = (nowMs: number): void => o.onProgress?.(Math.min(1, (done + nowMs) / total));
  const settings = { clients: o.clients, seed: o.seed, policy: o.policy, keepRoom: o.keepRoom };
  if (baseline === undefined) {
    const record = await runFleet({ ...settings, scenario: quiet, onSecond: progress });
    baseline = Array.from(record.backend.requests);
    done = quiet.endMs;
  }
  baselines.delete(key);
  baselines.set(key, baseline);
  if (baselines.size > KEPT) baselines.delete(baselines.keys().next().value as string);
  const record = await runFleet({ ...settings, scenario: o.scenario, onSecond: progress });
  return fleetFigures(o.scenario, o, record, baseline);
}

/**
 * Simulates a fleet of game clients, each a full `GmeClient` with `policy`, through a scenario of
 * backend failures, and measures the load the fleet puts on GME's backend and how fast the players
 * are back. Everything runs on simulated time (a 150 s scenario of 1 000 clients takes a few
 * seconds); the same options give the same figures.
 *
 * The model: players join over the first seconds (`init`, `applyPttAuthbuffer`, `enterRoom`), then
 * each sends a voice message (`uploadRecordedFile`) every ~30 s and keeps the ones that failed in an
 * outbox, sent again when the room is back and a few seconds after a failed send. Their SDKs talk
 * to one shared backend, which fails requests as the scenario says; when the whole backend is down,
 * the SDKs' room connections drop and the SDKs reconnect by themselves (RECONNECT_START, probes,
 * RECONNECT_SUCCESS) or give up (ROOM_DISCONNECT). The amplification compares the requests made in
 * the failure window with a baseline run of the same fleet in which nothing fails.
 *
 * Node only (it yields between frames with `setImmediate`). Every timer of the simulated clients
 * runs on their `clock`, the simulated time: nothing global is patched, and other code keeps
 * running on real time beside it.
 *
 * @returns the figures; rejects only if the simulation itself breaks. Invalid options throw a
 *   `TypeError` at once, naming the field and the value.
 *
 * @example
 * import { simulateFleet } from 'gme-result/fleet';
 * import { defaultPolicy } from 'gme-result/policies';
 * const r = await simulateFleet({ policy: defaultPolicy, scenario: 'outage', clients: 1_000, seed: 1 });
 * console.log(r.amplification, r.peakRequestsPerSecond, r.recovery?.p95Ms, r.gaveUp);
 */
export function simulateFleet(options: SimulateFleetOptions): Promise<FleetResult> {
  const resolved = resolveFleetOptions(options);
  return run(resolved);
}
