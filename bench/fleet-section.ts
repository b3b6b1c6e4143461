import {
  type FleetBackendFigures,
  type FleetGaveUp,
  type FleetRecovery,
  type FleetScenario,
  type FleetScenarioName,
  fleetScenario,
  simulateFleet,
} from 'gme-result/fleet';
import {
  CANDIDATES,
  type Candidate,
  FLEET_SEED,
  type FleetJob,
  policyByName,
  RECOMMENDED,
} from './fleet/fleet-jobs.js';
import { comparedPolicies } from './fleet/fleet-policies.js';
import { type FleetJobResult, runFleetJobs } from './fleet/fleet-pool.js';

/** One policy in one scenario. */
export interface FleetRow {
  readonly policy: string;
  /** How the simulated games kept their room (`'loop'`: their own re-entry loop). */
  readonly roomKeeping: string;
  readonly summary: string;
  /** API requests in the failure window ÷ the same clients' requests in that window when nothing fails. */
  readonly amplification: number | null;
  readonly requestsInWindow: number;
  readonly peakRequestsPerSecond: number;
  readonly peakAtSecond: number;
  readonly recovery: FleetRecovery | null;
  readonly gaveUp: FleetGaveUp;
  readonly gaveUpPer1000Calls: number;
  readonly calls: number;
  readonly messages: number;
  readonly undelivered: number;
  readonly backend: FleetBackendFigures | null;
  /** Wall time of the run (its baseline included when it was the first of its fleet), ms. */
  readonly wallMs: number;
}

/** The rows of one scenario at one fleet size. */
export interface FleetTable {
  readonly clients: number;
  /** The baseline's requests in the failure window. */
  readonly baselineRequests: number;
  readonly rows: readonly FleetRow[];
}

/** How fast the simulator runs: one `simulateFleet` call, alone on the machine. */
export interface FleetSpeed {
  readonly scenario: FleetScenarioName;
  readonly clients: number;
  /** Simulated time of the scenario, ms (the baseline run comes on top, up to the outage's end). */
  readonly simulatedMs: number;
  /** Wall time of the call, baseline included, ms. */
  readonly wallMs: number;
  /** The goal: 1 000 clients over a 180 s scenario in at most this long. */
  readonly goalMs: number;
}

/** Everything the fleet simulation reports. */
export interface FleetResults {
  readonly seed: number;
  /** The preset scenarios, as run. */
  readonly scenarios: Readonly<Record<FleetScenarioName, FleetScenario>>;
  readonly threads: number;
  readonly full: FleetTable & {
    /** Requests per second from t = 0, per policy, and the baseline's. */
    readonly series: readonly { readonly policy: string; readonly rps: readonly number[] }[];
    readonly outageFromS: number;
    readonly outageToS: number;
  };
  readonly candidates: {
    readonly list: readonly Candidate[];
    readonly outage: FleetTable;
    readonly brownout: FleetTable;
    readonly isolated: FleetTable;
  };
  readonly roomGiveUp: FleetTable;
  readonly capacity: FleetTable;
  readonly timeoutOutage: FleetTable;
  readonly recommended: Candidate;
  readonly speed: FleetSpeed;
  /** Wall time of the whole fleet section, ms. */
  readonly wallMs: number;
}

/** Sizes of the fleet section. */
export interface FleetSizes {
  readonly full: number;
  readonly small: number;
  readonly threads: number;
}

function row(result: FleetJobResult): FleetRow {
  const r = result.run;
  return {
    policy: result.job.policy,
    roomKeeping: r.roomKeeping,
    summary: policyByName(result.job.policy).summary,
    amplification: r.amplification,
    requestsInWindow: r.requestsInWindow,
    peakRequestsPerSecond: r.peakRequestsPerSecond,
    peakAtSecond: r.peakAtSecond,
    recovery: r.recovery,
    gaveUp: r.gaveUp,
    gaveUpPer1000Calls: r.gaveUpPer1000Calls,
    calls: r.calls,
    messages: r.messages,
    undelivered: r.undelivered,
    backend: r.backend,
    wallMs: result.wallMs,
  };
}

/** The speed goal: 1 000 clients over a 180 s scenario. */
const SPEED = { scenario: 'capacity', clients: 1_000, goalMs: 15_000 } as const;

/** Times one `simulateFleet` call here, alone (no worker runs beside it). */
async function measureSpeed(): Promise<FleetSpeed> {
  const t0 = performance.now();
  await simulateFleet({
    policy: policyByName('defaultPolicy').policy,
    scenario: SPEED.scenario,
    clients: SPEED.clients,
    seed: FLEET_SEED,
  });
  const wallMs = performance.now() - t0;
  return { ...SPEED, simulatedMs: fleetScenario(SPEED.scenario).endMs, wallMs };
}

/** Runs every fleet job (on `threads` worker threads started from `entry`) and assembles the figures. */
export async function fleetSection(sizes: FleetSizes, entry: URL): Promise<FleetResults> {
  const t0 = performance.now();
  const compared = [...comparedPolicies().map((p) => p.name), RECOMMENDED];
  const candidates = ['defaultPolicy', ...CANDIDATES.map((c) => c.id)];
  const job = (scenario: FleetScenarioName, clients: number, policy: string): FleetJob => ({
    scenario,
    clients,
    policy,
  });
  // Longest first, so the threads finish together.
  const jobs: FleetJob[] = [
    ...compared.map((p) => job('outage', sizes.full, p)),
    ...compared.map((p) => job('capacity', sizes.small, p)),
    ...compared.map((p) => job('timeout-outage', sizes.small, p)),
    ...candidates.map((p) => job('outage', sizes.small, p)),
    ...candidates.map((p) => job('brownout', sizes.small, p)),
    ...candidates.map((p) => job('isolated', sizes.small, p)),
    ...['defaultPolicy', 'naive p-retry', RECOMMENDED].map((p) => job('room-give-up', sizes.small, p)),
  ];
  const results = await runFleetJobs(jobs, sizes.threads, entry);
  const speed = await measureSpeed();
  const tableOf = (scenario: FleetScenarioName, clients: number): FleetTable => {
    const picked = results.filter((r) => r.job.scenario === scenario && r.job.clients === clients);
    return {
      clients,
      baselineRequests: picked[0]?.run.baselineRequestsInWindow ?? 0,
      rows: picked.map(row),
    };
  };
  const full = tableOf('outage', sizes.full);
  const fullRuns = results.filter((r) => r.job.scenario === 'outage' && r.job.clients === sizes.full);
  const outage = fleetScenario('outage').outage as NonNullable<FleetScenario['outage']>;
  const scenarios = Object.fromEntries(
    (['outage', 'brownout', 'isolated', 'room-give-up', 'capacity', 'timeout-outage'] as const).map((n) => [
      n,
      fleetScenario(n),
    ]),
  ) as Record<FleetScenarioName, FleetScenario>;
  return {
    seed: FLEET_SEED,
    scenarios,
    threads: sizes.threads,
    full: {
      ...full,
      series: [
        ...fullRuns.map((r) => ({
          policy: r.job.policy === RECOMMENDED ? `${r.job.policy} (lower-load alternative)` : r.job.policy,
          rps: r.run.requestsPerSecond,
        })),
        { policy: 'no outage', rps: fullRuns[0]?.run.baselineRequestsPerSecond ?? [] },
      ],
      outageFromS: outage.fromMs / 1000,
      outageToS: outage.toMs / 1000,
    },
    candidates: {
      list: CANDIDATES,
      outage: tableOf('outage', sizes.small),
      brownout: tableOf('brownout', sizes.small),
      isolated: tableOf('isolated', sizes.small),
    },
    roomGiveUp: tableOf('room-give-up', sizes.small),
    capacity: tableOf('capacity', sizes.small),
    timeoutOutage: tableOf('timeout-outage', sizes.small),
    recommended: CANDIDATES.find((c) => c.id === RECOMMENDED) as Candidate,
    speed,
    wallMs: performance.now() - t0,
  };
}
