/**
 * Why calls ended in Err, across the fleet.
 *
 * @example
 * import { simulateFleet } from 'gme-result/fleet';
 * const { gaveUp } = await simulateFleet({ policy });
 * console.log(gaveUp.total, gaveUp.circuitOpen, gaveUp.timedOut);
 */
export interface FleetGaveUp {
  /** Calls that ended in Err, all reasons. */
  readonly total: number;
  /** …because the retry budget was empty. */
  readonly budgetExhausted: number;
  /** …because the circuit breaker refused (before or between attempts). */
  readonly circuitOpen: number;
  /** …with 1005: no completion event in time (the client's own timeout). */
  readonly timedOut: number;
  /** …for any other reason (retries used up on a code, the deadline, a `fail` rule). */
  readonly other: number;
}

/**
 * How fast the clients were back after the backend returned. A client is back when it is in its
 * room again and every message the failure touched (one that failed, or that was in flight when the
 * backend returned) is delivered. Times in ms after the backend's return; `null`: not reached by
 * the end of the run.
 *
 * @example
 * import { simulateFleet } from 'gme-result/fleet';
 * const { recovery } = await simulateFleet({ policy, scenario: 'outage' });
 * if (recovery !== null) console.log(recovery.p95Ms, recovery.within10s);
 */
export interface FleetRecovery {
  readonly p50Ms: number | null;
  readonly p95Ms: number | null;
  readonly p99Ms: number | null;
  readonly maxMs: number | null;
  /** Share of the clients back within 5 s, from 0 to 1. */
  readonly within5s: number;
  /** Share of the clients back within 10 s, from 0 to 1. */
  readonly within10s: number;
  /** Clients not back by the end of the run. */
  readonly notRecovered: number;
  /** `byS[s]`: the share of the clients back within `s` seconds, for s = 0 … 60. */
  readonly byS: readonly number[];
}

/**
 * The capacity-limited backend's side (the `capacity` scenario).
 *
 * @example
 * import { simulateFleet } from 'gme-result/fleet';
 * const { backend } = await simulateFleet({ policy, scenario: 'capacity' });
 * console.log(backend?.timeToRecoverMs ?? 'still saturated at the end');
 */
export interface FleetBackendFigures {
  /** Requests per second the backend serves (its limit). */
  readonly capacityPerSecond: number;
  /** Requests refused with 7004 because they would have waited too long in line. */
  readonly refused: number;
  /**
   * Requests served after their client had stopped waiting (time in line plus latency past the
   * call's timeout): the backend did the work and nobody used it.
   */
  readonly answeredTooLate: number;
  /** The longest wait in line of a served request, ms. */
  readonly maxWaitMs: number;
  /** A request that waited longer than this in line was served late, ms (1 000). */
  readonly lateMs: number;
  /** Waste or saturation this close to the end of the run means the backend has not recovered, ms (10 000). */
  readonly settleMs: number;
  /**
   * From the end of the outage to the last request whose work was wasted — refused, or answered
   * after its client had stopped waiting — ms: 0 when none was. From then on every request the
   * backend takes is one a client still waits for: the backend is busy, maybe, but useful. `null`:
   * it still wasted work in the last 10 s of the run — the fleet kept it overloaded after it was
   * healthy again (a metastable failure).
   */
  readonly timeToRecoverMs: number | null;
  /**
   * From the end of the outage to the last request that waited more than 1 s in line (or was
   * refused), ms: 0 when none did; `null` within the last 10 s of the run. Later than
   * `timeToRecoverMs` when the fleet's backlog keeps a healthy backend busy for a while.
   */
  readonly timeToDrainMs: number | null;
}

/**
 * The figures of one simulated fleet, all computed from the run (the same seed gives the same figures).
 *
 * @example
 * import { simulateFleet } from 'gme-result/fleet';
 * const r = await simulateFleet({ policy, scenario: 'brownout', clients: 2_000 });
 * if ((r.amplification ?? 0) > 1.5) throw new Error(`this policy sends ${r.amplification}× the load`);
 */
export interface FleetResult {
  /** The scenario's name. */
  readonly scenario: string;
  readonly clients: number;
  readonly seed: number;
  /** The room-keeping strategy of the simulated games. */
  readonly roomKeeping: string;
  /** The failure window the load figures cover, ms: the outage, or the whole run without one. */
  readonly windowMs: readonly [from: number, to: number];
  /**
   * API requests in the window ÷ the requests the same fleet makes in the same window when nothing
   * fails (the baseline): 1 means the failure added no load. `null` when the baseline makes no
   * request in the window.
   */
  readonly amplification: number | null;
  /** API requests (SDK invocations that reach the servers) in the window. */
  readonly requestsInWindow: number;
  /** The baseline's requests in the window. */
  readonly baselineRequestsInWindow: number;
  /** The busiest second from the window's start on: its requests. */
  readonly peakRequestsPerSecond: number;
  /** …and its start, s. */
  readonly peakAtSecond: number;
  /** `null` when the backend never returns within the run (no window end before the run's end). */
  readonly recovery: FleetRecovery | null;
  /** Calls that ended in Err, by reason. A message can give up more than once: the game sends it again. */
  readonly gaveUp: FleetGaveUp;
  /** Calls that ended in Err per 1 000 voice-message calls. */
  readonly gaveUpPer1000Calls: number;
  /** Voice-message calls (`uploadRecordedFile`), first sends and resends. */
  readonly calls: number;
  /** Voice messages the players made. */
  readonly messages: number;
  /** Messages still not delivered when the run ended. */
  readonly undelivered: number;
  /** API requests per second, from t = 0. */
  readonly requestsPerSecond: readonly number[];
  /** The baseline's requests per second, from t = 0 to the window's end. */
  readonly baselineRequestsPerSecond: readonly number[];
  /** The SDKs' own reconnect probes per second (the same for every policy; not API requests). */
  readonly probesPerSecond: readonly number[];
  /** The capacity-limited backend's figures; `null` without a capacity limit. */
  readonly backend: FleetBackendFigures | null;
}
