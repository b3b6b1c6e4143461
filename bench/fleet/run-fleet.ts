import { createGmeClient, type GmeClient, type Policy } from 'gme-result';
import { createSimRandom } from 'gme-result/testing';
import { type BackendOptions, FleetBackend, type Outage } from './fleet-backend.js';
import { type FleetTally, type GameOptions, type GaveUp, Player } from './fleet-game.js';
import type { FleetPolicy } from './fleet-policies.js';
import { VirtualTime } from './virtual-time.js';

/** A fleet scenario: everything but the policy. */
export interface FleetScenario {
  readonly clients: number;
  readonly seed: number;
  /** Players join spread over [0, joinSpreadMs). */
  readonly joinSpreadMs: number;
  /** The outage window; `undefined` for the baseline run. */
  readonly outage: Outage | undefined;
  /** The run ends here (ms of virtual time). */
  readonly endMs: number;
  /** Frame length of the virtual clock, ms. */
  readonly frameMs: number;
  readonly game: GameOptions;
  readonly sdk: Pick<BackendOptions, 'latencyMs' | 'detectMs' | 'probeEveryMs' | 'giveUpAfterMs'>;
}

/** The full-size scenario of the benchmark (10 000 clients, a 60 s outage). */
export function standardScenario(overrides: Partial<FleetScenario> = {}): FleetScenario {
  return {
    clients: 10_000,
    seed: 2024,
    joinSpreadMs: 5_000,
    outage: { from: 40_000, to: 100_000, code: 7004 },
    endMs: 150_000,
    frameMs: 10,
    game: {
      messageEveryMs: [25_000, 35_000],
      resendEveryMs: [4_000, 6_000],
      reenterAfterMs: [4_000, 6_000],
    },
    sdk: {
      latencyMs: [50, 150],
      detectMs: [0, 2_000],
      probeEveryMs: [1_000, 3_000],
      giveUpAfterMs: Number.POSITIVE_INFINITY,
    },
    ...overrides,
  };
}

/** Figures of one fleet run. */
export interface FleetRun {
  readonly policy: string;
  readonly clients: number;
  /** API requests (SDK invocations that reach the servers) per second, from t = 0. */
  readonly requestsPerSecond: readonly number[];
  /** The SDKs' own reconnect probes per second (policy-independent, not in the ratios). */
  readonly probesPerSecond: readonly number[];
  /** API requests during the outage window. */
  readonly requestsDuringOutage: number;
  /** The busiest second from the outage's start on (from t = 0 without an outage). */
  readonly peakRequestsPerSecond: number;
  /** Start of the busiest second, s. */
  readonly peakAtSecond: number;
  /** Voice-message calls (`uploadRecordedFile`), first sends and resends. */
  readonly calls: number;
  readonly messages: number;
  /** Messages still not delivered when the run ended. */
  readonly undelivered: number;
  readonly gaveUp: GaveUp;
  /** Time from the backend's return until each client was in its room and its messages delivered. */
  readonly recovery: RecoveryFigures;
}

/** Percentiles of the recovery time over all clients, ms (`null`: not reached by the end of the run). */
export interface RecoveryFigures {
  readonly p50Ms: number | null;
  readonly p95Ms: number | null;
  readonly p99Ms: number | null;
  readonly maxMs: number | null;
  /** Share of clients recovered within 10 s. */
  readonly within10s: number;
  /** Clients not recovered by the end of the run. */
  readonly notRecovered: number;
}

/** Runs one policy through a scenario. Deterministic: the same scenario and policy give the same figures. */
export async function runFleet(scenario: FleetScenario, fleetPolicy: FleetPolicy): Promise<FleetRun> {
  const time = new VirtualTime(scenario.frameMs);
  const backend = new FleetBackend(time, {
    ...scenario.sdk,
    seed: scenario.seed,
    outage: scenario.outage,
    bucketMs: 1000,
    end: scenario.endMs,
  });
  const tally: FleetTally = {
    gaveUp: { total: 0, budgetExhausted: 0, circuitOpen: 0, other: 0 },
    calls: 0,
    messages: 0,
  };
  const order = createSimRandom(scenario.seed ^ 0x5eed);
  const players: Player[] = [];
  const clients: GmeClient[] = [];
  time.install();
  // Errors of failed calls carry no stack here: capturing 10 000 clients' stacks would dominate the
  // run and tells the model nothing.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    for (let i = 0; i < scenario.clients; i++) {
      const gme = createClient(backend, time, fleetPolicy.policy, scenario.seed, i);
      clients.push(gme);
      const player = new Player(
        i,
        gme,
        time,
        createSimRandom(mix(scenario.seed, i, 2)),
        scenario.game,
        tally,
      );
      players.push(player);
      player.start(Math.floor(order.next() * scenario.joinSpreadMs));
    }
    await time.runUntil(scenario.endMs);
  } finally {
    for (const gme of clients) gme.dispose();
    time.uninstall();
    Error.stackTraceLimit = stackTraceLimit;
  }
  return figures(scenario, fleetPolicy.name, backend, players, tally);
}

function createClient(backend: FleetBackend, time: VirtualTime, policy: Policy, seed: number, i: number) {
  const jitter = createSimRandom(mix(seed, i, 1));
  return createGmeClient({
    sdk: backend.sdk().adapter,
    policy,
    poll: false,
    clock: time,
    random: () => jitter.next(),
  });
}

/** A per-client seed from the run's seed. */
function mix(seed: number, i: number, stream: number): number {
  return (Math.imul(seed ^ 0x9e3779b9, 31) + Math.imul(i + 1, 0x85ebca6b) + stream * 0x27d4eb2f) >>> 0;
}

function figures(
  scenario: FleetScenario,
  policy: string,
  backend: FleetBackend,
  players: readonly Player[],
  tally: FleetTally,
): FleetRun {
  const requests = Array.from(backend.requests);
  const outage = scenario.outage;
  // The busiest second from the outage on (before it, the fleet joining its rooms dominates).
  let peak = 0;
  let peakAt = 0;
  for (let s = Math.floor((outage?.from ?? 0) / 1000); s < requests.length; s++) {
    const n = requests[s] as number;
    if (n > peak) {
      peak = n;
      peakAt = s;
    }
  }
  let undelivered = 0;
  for (const p of players)
    for (const m of p.messages) if (m.deliveredAt === Number.POSITIVE_INFINITY) undelivered++;
  return {
    policy,
    clients: scenario.clients,
    requestsPerSecond: requests,
    probesPerSecond: Array.from(backend.probes),
    requestsDuringOutage: outage === undefined ? 0 : backend.requestsIn(outage.from, outage.to),
    peakRequestsPerSecond: peak,
    peakAtSecond: peakAt,
    calls: tally.calls,
    messages: tally.messages,
    undelivered,
    gaveUp: { ...tally.gaveUp },
    recovery: recovery(players, outage?.to, outage?.from),
  };
}

/**
 * A client has recovered when it is back in its room and every message the outage touched (one
 * that failed at least once, or that was still in flight when the backend returned) is delivered.
 */
function recovery(
  players: readonly Player[],
  back: number | undefined,
  down: number | undefined,
): RecoveryFigures {
  if (back === undefined || down === undefined) {
    return { p50Ms: 0, p95Ms: 0, p99Ms: 0, maxMs: 0, within10s: 1, notRecovered: 0 };
  }
  const times = players.map((p) => {
    const lostRoom = p.roomLostAt.some((t) => t >= down);
    let at = lostRoom ? (p.roomEnteredAt.find((t) => t >= back) ?? Number.POSITIVE_INFINITY) : back;
    for (const m of p.messages) {
      const touched = m.failures > 0 || (m.createdAt < back && m.deliveredAt > back);
      if (touched) at = Math.max(at, m.deliveredAt);
    }
    return Math.max(0, at - back);
  });
  times.sort((a, b) => a - b);
  const pick = (q: number): number | null => {
    const v = times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)] as number;
    return Number.isFinite(v) ? v : null;
  };
  const notRecovered = times.filter((t) => !Number.isFinite(t)).length;
  return {
    p50Ms: pick(0.5),
    p95Ms: pick(0.95),
    p99Ms: pick(0.99),
    maxMs: pick(1),
    within10s: times.filter((t) => t <= 10_000).length / times.length,
    notRecovered,
  };
}
