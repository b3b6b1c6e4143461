import type {
  CircuitBreakerSettings,
  ReconnectSettings,
  RetryBudgetSettings,
  SESSION_DEFAULTS,
} from 'gme-result';
import type { FleetResult, FleetScenario, FleetScenarioName } from 'gme-result/fleet';
import type { Candidate } from './fleet/fleet-jobs.js';

/** One policy in one scenario: the figures of its `simulateFleet` run that the report reads. */
export interface FleetRow
  extends Pick<
    FleetResult,
    | 'roomKeeping'
    | 'amplification'
    | 'requestsInWindow'
    | 'peakRequestsPerSecond'
    | 'peakAtSecond'
    | 'recovery'
    | 'gaveUp'
    | 'gaveUpPer1000Calls'
    | 'calls'
    | 'messages'
    | 'undelivered'
    | 'backend'
  > {
  readonly policy: string;
  readonly summary: string;
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

/** The library settings the fleet's prose quotes, as the benchmark ran them. */
export interface FleetSettings {
  /** `keepInRoom`'s defaults. */
  readonly session: typeof SESSION_DEFAULTS;
  /** How long a client waits for an upload's completion event by default, ms (`OPERATION_SPECS`). */
  readonly uploadTimeoutMs: number;
  /** `defaultPolicy`'s budget, breaker and reconnect holding. */
  readonly defaultPolicy: {
    readonly budget: RetryBudgetSettings | false;
    readonly breaker: CircuitBreakerSettings | false;
    readonly reconnect: ReconnectSettings;
  };
}

/** Everything the fleet simulation reports. */
export interface FleetResults {
  readonly seed: number;
  readonly settings: FleetSettings;
  /** The preset scenarios, as run. */
  readonly scenarios: Readonly<Record<FleetScenarioName, FleetScenario>>;
  readonly threads: number;
  /** The 60 s outage at the full size: the compared policies with `keepInRoom`, and defaultPolicy's own-loop row. */
  readonly full: FleetTable & {
    /** Requests per second from t = 0, per row (by its label), and the baseline's. */
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
  /** SDKs that give up reconnecting, at the full size: defaultPolicy with `keepInRoom` and with its own loop, naive p-retry with its own loop. */
  readonly roomGiveUp: FleetTable;
  /** The capacity-limited backend: the compared policies and defaultPolicy with holding off. */
  readonly capacity: FleetTable;
  readonly timeoutOutage: FleetTable;
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
