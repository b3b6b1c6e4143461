import type { GaveUp } from './fleet/fleet-game.js';
import {
  CANDIDATES,
  type Candidate,
  type FleetJob,
  policyByName,
  RECOMMENDED,
  SCENARIO_TEXT,
  type ScenarioName,
  scenarioByName,
} from './fleet/fleet-jobs.js';
import { comparedPolicies } from './fleet/fleet-policies.js';
import { type FleetJobResult, runFleetJobs } from './fleet/fleet-pool.js';
import type { FleetRun, RecoveryFigures } from './fleet/run-fleet.js';

/** One policy in one outage scenario. */
export interface FleetRow {
  readonly policy: string;
  readonly summary: string;
  /** API requests during the outage ÷ the same clients' requests in that window without it. */
  readonly amplification: number;
  readonly requestsDuringOutage: number;
  readonly peakRequestsPerSecond: number;
  readonly peakAtSecond: number;
  readonly recovery: RecoveryFigures;
  readonly gaveUp: GaveUp;
  readonly calls: number;
  readonly messages: number;
  readonly undelivered: number;
  /** Wall time of the run, ms. */
  readonly wallMs: number;
}

/** One policy under isolated failures: what retries buy. */
export interface IsolatedRow {
  readonly policy: string;
  readonly calls: number;
  readonly gaveUp: GaveUp;
  /** Calls that ended in Err per 1 000 calls. */
  readonly gaveUpPer1000: number;
  readonly wallMs: number;
}

/** Everything the fleet simulation reports. */
export interface FleetResults {
  /** The standard scenario's parameters (`giveUpAfterMs: null` = never gives up). */
  readonly scenario: Readonly<Record<string, unknown>>;
  readonly scenarios: Readonly<Record<ScenarioName, string>>;
  readonly threads: number;
  readonly full: {
    readonly clients: number;
    readonly baselineRequests: number;
    readonly rows: readonly FleetRow[];
    /** Requests per second from t = 0, per policy, and the baseline's. */
    readonly series: readonly { readonly policy: string; readonly rps: readonly number[] }[];
    readonly outageFromS: number;
    readonly outageToS: number;
  };
  readonly candidates: {
    readonly clients: number;
    readonly list: readonly Candidate[];
    readonly baselineRequests: number;
    readonly outage: readonly FleetRow[];
    readonly brownout: readonly FleetRow[];
    readonly isolated: readonly IsolatedRow[];
  };
  readonly roomGiveUp: { readonly clients: number; readonly rows: readonly FleetRow[] };
  readonly recommended: Candidate;
  /** Wall time of the whole fleet section, ms. */
  readonly wallMs: number;
}

/** Sizes of the fleet section. */
export interface FleetSizes {
  readonly full: number;
  readonly small: number;
  readonly threads: number;
}

function row(result: FleetJobResult, baseline: number): FleetRow {
  const r: FleetRun = result.run;
  return {
    policy: r.policy,
    summary: policyByName(r.policy).summary,
    amplification: r.requestsDuringOutage / baseline,
    requestsDuringOutage: r.requestsDuringOutage,
    peakRequestsPerSecond: r.peakRequestsPerSecond,
    peakAtSecond: r.peakAtSecond,
    recovery: r.recovery,
    gaveUp: r.gaveUp,
    calls: r.calls,
    messages: r.messages,
    undelivered: r.undelivered,
    wallMs: result.wallMs,
  };
}

/** Runs every fleet job (on `threads` worker threads started from `entry`) and assembles the figures. */
export async function fleetSection(sizes: FleetSizes, entry: URL): Promise<FleetResults> {
  const t0 = performance.now();
  const compared = comparedPolicies().map((p) => p.name);
  const candidates = ['defaultPolicy', ...CANDIDATES.map((c) => c.id)];
  const job = (scenario: ScenarioName, clients: number, policy: string): FleetJob => ({
    scenario,
    clients,
    policy,
  });
  // Longest first, so the threads finish together.
  const jobs: FleetJob[] = [
    ...[...compared, RECOMMENDED].map((p) => job('outage', sizes.full, p)),
    job('baseline', sizes.full, 'defaultPolicy'),
    job('baseline', sizes.small, 'defaultPolicy'),
    ...candidates.map((p) => job('outage', sizes.small, p)),
    ...candidates.map((p) => job('brownout', sizes.small, p)),
    ...candidates.map((p) => job('isolated', sizes.small, p)),
    ...['defaultPolicy', 'naive p-retry', RECOMMENDED].map((p) => job('room-give-up', sizes.small, p)),
  ];
  const results = await runFleetJobs(jobs, sizes.threads, entry);
  const pick = (scenario: ScenarioName, clients: number) =>
    results.filter((r) => r.job.scenario === scenario && r.job.clients === clients);
  const std = scenarioByName('outage', sizes.full);
  const outage = std.outage as NonNullable<typeof std.outage>;
  // The baseline's requests in the outage's window (1 s buckets; the window is whole seconds).
  const baselineOf = (clients: number): number =>
    (pick('baseline', clients)[0] as FleetJobResult).run.requestsPerSecond
      .slice(outage.from / 1000, outage.to / 1000)
      .reduce((a, b) => a + b, 0);
  const fullBaseline = baselineOf(sizes.full);
  const smallBaseline = baselineOf(sizes.small);
  const fullRuns = pick('outage', sizes.full);
  const recommended = CANDIDATES.find((c) => c.id === RECOMMENDED) as Candidate;
  return {
    scenario: {
      ...std,
      outage: { ...outage },
      sdk: {
        ...std.sdk,
        giveUpAfterMs: Number.isFinite(std.sdk.giveUpAfterMs) ? std.sdk.giveUpAfterMs : null,
      },
    },
    scenarios: SCENARIO_TEXT,
    threads: sizes.threads,
    full: {
      clients: sizes.full,
      baselineRequests: fullBaseline,
      rows: fullRuns.map((r) => row(r, fullBaseline)),
      series: [
        ...fullRuns.map((r) => ({
          policy: r.run.policy === RECOMMENDED ? `${r.run.policy} (lower-load alternative)` : r.run.policy,
          rps: r.run.requestsPerSecond,
        })),
        {
          policy: 'no outage',
          rps: (pick('baseline', sizes.full)[0] as FleetJobResult).run.requestsPerSecond,
        },
      ],
      outageFromS: outage.from / 1000,
      outageToS: outage.to / 1000,
    },
    candidates: {
      clients: sizes.small,
      list: CANDIDATES,
      baselineRequests: smallBaseline,
      outage: pick('outage', sizes.small).map((r) => row(r, smallBaseline)),
      brownout: pick('brownout', sizes.small).map((r) => row(r, smallBaseline)),
      isolated: pick('isolated', sizes.small).map((r) => ({
        policy: r.run.policy,
        calls: r.run.calls,
        gaveUp: r.run.gaveUp,
        gaveUpPer1000: (1000 * r.run.gaveUp.total) / r.run.calls,
        wallMs: r.wallMs,
      })),
    },
    roomGiveUp: {
      clients: sizes.small,
      rows: pick('room-give-up', sizes.small).map((r) => row(r, smallBaseline)),
    },
    recommended,
    wallMs: performance.now() - t0,
  };
}
