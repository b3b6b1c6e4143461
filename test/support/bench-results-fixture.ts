// A synthetic bench/results.json for the report's tests: round, made-up figures (not measurements)
// in the shape `npm run bench` writes, each overridable so a test can move one figure and watch
// the sentences and the goal rows follow.
import { SESSION_DEFAULTS } from 'gme-result';
import { type FleetScenario, type FleetScenarioName, fleetScenario } from 'gme-result/fleet';
import { defaultPolicy } from 'gme-result/policies';
import { CANDIDATES } from '../../bench/fleet/fleet-jobs.js';
import type { FleetResults, FleetRow, FleetTable } from '../../bench/fleet-results.js';
import type { PerCall } from '../../bench/measure-calls.js';
import { type BenchResults, RESULTS_FORMAT } from '../../bench/results.js';
import type { ConcurrentFigures, Snapshot } from '../../bench/scale.js';

/** A contestant with these median and quartiles, ns. */
export function perCall(
  name: string,
  medianNs: number,
  p25Ns: number,
  p75Ns: number,
  floorNs = medianNs,
): PerCall {
  return { name, medianNs, p25Ns, p75Ns, p99Ns: p75Ns * 2, samples: 100, ratioToFloor: medianNs / floorNs };
}

const idle: Snapshot = {
  heapUsed: 10 * 2 ** 20,
  timers: 0,
  signalListeners: 0,
  stats: {
    pending: 0,
    correlationKeys: 0,
    timers: 0,
    live: 0,
    enterFlights: 0,
    inFlightWaiters: 0,
    listeners: 0,
    budgetTokens: 3,
    circuits: {},
  },
};

/** A concurrent-calls run that went back to its start. */
export function concurrentRun(calls: number, o: Partial<ConcurrentFigures> = {}): ConcurrentFigures {
  return {
    calls,
    withSignal: false,
    before: idle,
    pending: { ...idle, heapUsed: idle.heapUsed + calls * 800 },
    after: idle,
    heapPerPendingCallBytes: 800,
    startMs: calls / 500,
    settleMs: calls / 500,
    startAndSettleMs: calls / 250,
    heapDeltaBytes: 0,
    ...o,
  };
}

/** A fleet row; `p95Ms` sets the recovery's 95th percentile. */
export function fleetRow(
  policy: string,
  o: Partial<FleetRow> & { readonly p95Ms?: number | null } = {},
): FleetRow {
  const { p95Ms = 2_000, ...rest } = o;
  return {
    policy,
    roomKeeping: 'session',
    summary: `${policy}, made up`,
    amplification: 1,
    requestsInWindow: 1_000,
    peakRequestsPerSecond: 100,
    peakAtSecond: 100,
    recovery: {
      p50Ms: p95Ms === null ? null : p95Ms / 2,
      p95Ms,
      p99Ms: p95Ms,
      maxMs: p95Ms,
      within5s: p95Ms !== null && p95Ms <= 5_000 ? 1 : 0.5,
      within10s: p95Ms !== null && p95Ms <= 10_000 ? 1 : 0.5,
      notRecovered: p95Ms === null ? 10 : 0,
      byS: [],
    },
    gaveUp: { total: 0, budgetExhausted: 0, circuitOpen: 0, timedOut: 0, other: 0 },
    gaveUpPer1000Calls: 0,
    calls: 2_000,
    messages: 2_000,
    undelivered: 0,
    backend: null,
    wallMs: 1_000,
    ...rest,
  };
}

/** A capacity-limited backend's figures. */
export function backend(timeToRecoverMs: number | null, o: Partial<NonNullable<FleetRow['backend']>> = {}) {
  return {
    capacityPerSecond: 100,
    refused: 0,
    answeredTooLate: 0,
    maxWaitMs: 1_000,
    lateMs: 1_000,
    settleMs: 10_000,
    timeToRecoverMs,
    timeToDrainMs: timeToRecoverMs,
    ...o,
  };
}

const tableOf = (clients: number, rows: readonly FleetRow[]): FleetTable => ({
  clients,
  baselineRequests: 1_000,
  rows,
});

/** The fleet part, at `full` clients for the outage and room-give-up runs. */
export function fleetResults(full = 10_000, o: Partial<FleetResults> = {}): FleetResults {
  const names = ['outage', 'brownout', 'isolated', 'room-give-up', 'capacity', 'timeout-outage'] as const;
  const scenarios = Object.fromEntries(names.map((n) => [n, fleetScenario(n)])) as Record<
    FleetScenarioName,
    FleetScenario
  >;
  const candidates = ['defaultPolicy', ...CANDIDATES.map((c) => c.id)];
  return {
    seed: 2024,
    settings: {
      session: { ...SESSION_DEFAULTS },
      uploadTimeoutMs: 60_000,
      defaultPolicy: {
        budget: defaultPolicy.budget,
        breaker: defaultPolicy.breaker,
        reconnect: defaultPolicy.reconnect,
      },
    },
    scenarios,
    threads: 2,
    full: {
      ...tableOf(full, [
        fleetRow('defaultPolicy', { amplification: 1.1, p95Ms: 3_000 }),
        fleetRow('naive p-retry', { amplification: 5, p95Ms: 30_000 }),
        fleetRow('defaultPolicy', { roomKeeping: 'loop', amplification: 1.1, p95Ms: 3_000 }),
      ]),
      series: [{ policy: 'no outage', rps: [1, 2, 3] }],
      outageFromS: 40,
      outageToS: 100,
    },
    candidates: {
      list: CANDIDATES,
      outage: tableOf(
        1_000,
        candidates.map((c) => fleetRow(c)),
      ),
      brownout: tableOf(
        1_000,
        candidates.map((c) => fleetRow(c)),
      ),
      isolated: tableOf(
        1_000,
        candidates.map((c) => fleetRow(c, { recovery: null })),
      ),
    },
    roomGiveUp: tableOf(full, [
      fleetRow('defaultPolicy', { amplification: 1.4, p95Ms: 9_000 }),
      fleetRow('defaultPolicy', { roomKeeping: 'loop', amplification: 4.5, p95Ms: 9_500 }),
      fleetRow('naive p-retry', { roomKeeping: 'loop', amplification: 7.5, p95Ms: 31_000 }),
    ]),
    capacity: tableOf(1_000, [
      fleetRow('defaultPolicy', { backend: backend(5_000) }),
      fleetRow('naive p-retry', { backend: backend(null) }),
      fleetRow('defaultPolicy, hold off', { backend: backend(20_000, { answeredTooLate: 50 }) }),
    ]),
    timeoutOutage: tableOf(1_000, [fleetRow('defaultPolicy')]),
    speed: { scenario: 'capacity', clients: 1_000, simulatedMs: 180_000, wallMs: 5_000, goalMs: 15_000 },
    wallMs: 60_000,
    ...o,
  };
}

const profile = {
  calls: 1_000,
  failuresPerCall: 0,
  perCallUs: 2,
  top: [{ fn: 'f (src/f.ts)', selfPct: 10 }],
};

/** A whole results file: the success path within 1 µs, gme-result ahead of everyone, every goal met. */
export function benchResults(o: Partial<BenchResults> = {}): BenchResults {
  const floor = 4_000;
  return {
    format: RESULTS_FORMAT,
    generatedAt: '2030-01-02T03:04:05.000Z',
    machine: {
      nproc: 2,
      cpuModel: 'made up',
      memoryGiB: 8,
      loadAverage: 1,
      node: 'v20.0.0',
      v8: '11',
      platform: 'linux',
    },
    commands: {
      bench: 'npm run bench',
      benchScript: 'node run.mjs',
      fleetTest: 'vitest run test/fleet.test.ts',
    },
    quick: false,
    successPath: {
      batch: 64,
      timeMs: 2_000,
      rounds: 4,
      rows: [
        perCall('floor', floor, 3_900, 4_100),
        perCall('gme-result', 4_500, 4_400, 4_600, floor),
        perCall('cockatiel', 20_000, 19_000, 21_000, floor),
        perCall('p-retry', 10_000, 9_000, 11_000, floor),
      ],
      overheadNs: 500,
      profile,
    },
    failurePath: {
      batch: 16,
      timeMs: 2_000,
      rounds: 4,
      rows: [
        perCall('bare loop', 20_000, 19_000, 21_000),
        perCall('gme-result', 30_000, 29_000, 31_000, 20_000),
        perCall('cockatiel', 2_000_000, 1_900_000, 2_100_000, 20_000),
        perCall('p-retry', 40_000, 39_000, 41_000, 20_000),
      ],
      overheadNs: 10_000,
      profile: { ...profile, failuresPerCall: 2 },
    },
    otel: {
      batch: 64,
      timeMs: 2_000,
      rounds: 4,
      rows: [
        perCall('no listener', 5_000, 4_900, 5_100),
        perCall('listeners', 5_300, 5_200, 5_400, 5_000),
        perCall('instrumented', 5_400, 5_300, 5_500, 5_000),
      ],
    },
    scale: {
      concurrent: concurrentRun(100_000, { startAndSettleMs: 900, startMs: 450, settleMs: 450 }),
      concurrentFloor: {
        calls: 100_000,
        heapPerPendingCallBytes: 500,
        startMs: 150,
        settleMs: 200,
        startAndSettleMs: 350,
      },
      sharedSignal: [
        concurrentRun(5_000, { withSignal: true, heapDeltaBytes: 100_000 }),
        concurrentRun(10_000, { withSignal: true, heapDeltaBytes: 200_000 }),
      ],
      sequential: {
        calls: 1_000_000,
        before: idle,
        after: idle,
        totalMs: 5_000,
        perCallNs: 5_000,
        heapDeltaBytes: 0,
      },
    },
    fleet: fleetResults(),
    sectionsMs: { 'success path': 10_000 },
    totalMs: 100_000,
    ...o,
  };
}
