import { SESSION_DEFAULTS } from 'gme-result';
import {
  type FleetScenario,
  type FleetScenarioName,
  fleetScenario,
  type RoomKeepingName,
  simulateFleet,
} from 'gme-result/fleet';
import { defaultPolicy } from 'gme-result/policies';
import { OPERATION_SPECS } from '../src/client/operation-specs.js';
import { CANDIDATES, FLEET_SEED, type FleetJob, policyByName } from './fleet/fleet-jobs.js';
import { comparedPolicies, holdFailuresPolicy, holdOffPolicy } from './fleet/fleet-policies.js';
import { type FleetJobResult, runFleetJobs } from './fleet/fleet-pool.js';
import type { FleetResults, FleetRow, FleetSizes, FleetSpeed, FleetTable } from './fleet-results.js';
import { rowLabel } from './fleet-rows.js';

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
  const compared = comparedPolicies().map((p) => p.name);
  const candidates = ['defaultPolicy', ...CANDIDATES.map((c) => c.id)];
  const job = (
    scenario: FleetScenarioName,
    clients: number,
    policy: string,
    roomKeeping: RoomKeepingName = 'session',
  ): FleetJob => ({ scenario, clients, policy, roomKeeping });
  // Longest first, so the threads finish together.
  const jobs: FleetJob[] = [
    ...compared.map((p) => job('outage', sizes.full, p)),
    job('outage', sizes.full, 'defaultPolicy', 'loop'),
    job('room-give-up', sizes.full, 'defaultPolicy'),
    job('room-give-up', sizes.full, 'defaultPolicy', 'loop'),
    job('room-give-up', sizes.full, 'naive p-retry', 'loop'),
    ...[...compared, holdOffPolicy().name, holdFailuresPolicy().name].map((p) =>
      job('capacity', sizes.small, p),
    ),
    ...compared.map((p) => job('timeout-outage', sizes.small, p)),
    ...candidates.map((p) => job('outage', sizes.small, p)),
    ...candidates.map((p) => job('brownout', sizes.small, p)),
    ...candidates.map((p) => job('isolated', sizes.small, p)),
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
    settings: {
      session: { ...SESSION_DEFAULTS },
      uploadTimeoutMs: OPERATION_SPECS.uploadRecordedFile.timeoutMs,
      defaultPolicy: {
        budget: defaultPolicy.budget,
        breaker: defaultPolicy.breaker,
        reconnect: defaultPolicy.reconnect,
      },
    },
    scenarios,
    threads: sizes.threads,
    full: {
      ...full,
      series: [
        ...fullRuns.map((r) => ({ policy: rowLabel(r.job), rps: r.run.requestsPerSecond })),
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
    roomGiveUp: tableOf('room-give-up', sizes.full),
    capacity: tableOf('capacity', sizes.small),
    timeoutOutage: tableOf('timeout-outage', sizes.small),
    speed,
    wallMs: performance.now() - t0,
  };
}
