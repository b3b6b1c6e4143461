/**
 * A `[min, max]` range, in ms; each use draws a value in it (both ends included).
 *
 * @example
 * import type { MsRange } from 'gme-result/fleet';
 * const latency: MsRange = [50, 150];
 */
export type MsRange = readonly [min: number, max: number];

/**
 * A window in which the backend fails requests. With `share` 1 the whole backend is down: every
 * request fails and the SDKs' room connections drop. Below 1 (a brownout, or isolated failures)
 * each request fails with that probability and the rooms stay up.
 *
 * @example
 * import { fleetScenario, type FleetOutage } from 'gme-result/fleet';
 * const outage: FleetOutage = { fromMs: 30_000, toMs: 45_000, code: 'no-event' };
 * const scenario = { ...fleetScenario('outage'), outage };
 */
export interface FleetOutage {
  /** Start of the window, ms of simulated time. */
  readonly fromMs: number;
  /** End of the window (the backend is back), ms of simulated time. */
  readonly toMs: number;
  /**
   * How a failed request ends: a GME code in its completion event (7004,
   * AV_ERR_NET_REQUEST_FALLED, fails fast), or `'no-event'`: no completion event at all, so the
   * client's own timeout ends the call (1005).
   */
  readonly code: number | 'no-event';
  /** The share of requests that fail, drawn per request, in (0, 1]. @default 1 */
  readonly share?: number;
}

/**
 * A backend that serves at most `perClientPerSecond × clients` requests per second. Requests
 * beyond that wait in line and are answered late (a client whose timeout passes first sees 1005,
 * and the answer still costs the backend its work); a request that would wait longer than
 * `queueLimitMs` is answered 7004 at once. A request counts as served late when it waited more than
 * a second: the backend has recovered from the last such request on.
 *
 * @example
 * import { fleetScenario } from 'gme-result/fleet';
 * const tight = { ...fleetScenario('capacity'), capacity: { perClientPerSecond: 0.05, queueLimitMs: 5_000 } };
 */
export interface FleetCapacity {
  /** Requests per second the backend serves, per simulated client. */
  readonly perClientPerSecond: number;
  /** The longest wait in line before the backend refuses a request with 7004, ms. */
  readonly queueLimitMs: number;
}

/**
 * The game's own timing: the same whatever the policy.
 *
 * @example
 * import { fleetScenario } from 'gme-result/fleet';
 * const base = fleetScenario('outage');
 * const chatty = { ...base, game: { ...base.game, messageEveryMs: [5_000, 10_000] as const } };
 */
export interface FleetGameTiming {
  /** Gap between two voice messages (`uploadRecordedFile`) of one player, drawn per message. */
  readonly messageEveryMs: MsRange;
  /** After a failed send while the room is connected, the game sends its outbox again this much later. */
  readonly resendEveryMs: MsRange;
  /** After a failed `enterRoom`, the game's re-entry loop tries again this much later. */
  readonly reenterAfterMs: MsRange;
  /**
   * The game's wait for an upload's completion event (the client's `timeouts.uploadRecordedFile`),
   * ms. @default the client's default (60 000)
   */
  readonly uploadTimeoutMs?: number;
}

/**
 * How the simulated SDKs and their connection to the backend behave.
 *
 * @example
 * import { fleetScenario } from 'gme-result/fleet';
 * const base = fleetScenario('outage');
 * const impatient = { ...base, sdk: { ...base.sdk, giveUpAfterMs: 10_000 } };
 */
export interface FleetSdkTiming {
  /** From a request to its completion event, drawn per request. */
  readonly latencyMs: MsRange;
  /** How long an SDK takes to notice that its room connection dropped, drawn per client. */
  readonly detectMs: MsRange;
  /** Gap between two probes of the SDK's own reconnect, drawn per probe. */
  readonly probeEveryMs: MsRange;
  /**
   * After this long without a successful probe the SDK gives up: ROOM_DISCONNECT, the room is left,
   * and the game must enter again (the API pages' reading of GME's reconnect). Absent: the SDK keeps
   * reconnecting for longer than any run (the FAQ's reading: 60 minutes).
   * @default never
   */
  readonly giveUpAfterMs?: number;
}

/**
 * Everything about a fleet run but the policy, the number of clients and the seed. The presets of
 * {@link fleetScenario} are the usual starting points; spread one to change a number.
 *
 * @example
 * import { fleetScenario, simulateFleet, type FleetScenario } from 'gme-result/fleet';
 * const longer: FleetScenario = { ...fleetScenario('outage'), name: 'long outage', endMs: 300_000,
 *   outage: { fromMs: 40_000, toMs: 220_000, code: 7004 } };
 * await simulateFleet({ policy, scenario: longer });
 */
export interface FleetScenario {
  /** A short name for tables (`outage`, `my-test`). */
  readonly name: string;
  /** One sentence: what happens. */
  readonly summary: string;
  /** Players join spread evenly at random over `[0, joinSpreadMs)`. */
  readonly joinSpreadMs: number;
  /** The run ends here, ms of simulated time. */
  readonly endMs: number;
  /** Frame length of the simulated game loop, ms: promise continuations run once per frame. */
  readonly frameMs: number;
  /** When and how the backend fails; absent: it never fails. @default none */
  readonly outage?: FleetOutage;
  /** A capacity limit of the backend; absent: it serves any load. @default none */
  readonly capacity?: FleetCapacity;
  readonly game: FleetGameTiming;
  readonly sdk: FleetSdkTiming;
}
