import { createSimRandom, type SimRandom } from '../testing/index.js';
import type { FleetCapacity, FleetOutage, FleetSdkTiming, MsRange } from './fleet-scenario.js';
import type { VirtualTime } from './virtual-time.js';

/** How the backend answers one request: the code of its completion event and when it comes. */
export interface Answer {
  /** The code in the completion event; `undefined`: no event ever comes. */
  readonly result: number | undefined;
  /** When the completion event comes, ms of simulated time. */
  readonly due: number;
}

/** Settings of the {@link FleetBackend}. */
export interface BackendSettings {
  readonly seed: number;
  readonly clients: number;
  readonly sdk: FleetSdkTiming;
  readonly outage: FleetOutage | undefined;
  readonly capacity: FleetCapacity | undefined;
  /** End of the run: the per-second counters cover [0, endMs). */
  readonly endMs: number;
}

/** A request that waited longer than this in line was served late: the backend was saturated. */
export const LATE_MS = 1_000;

/** The code a saturated backend refuses a request with (AV_ERR_NET_REQUEST_FALLED). */
const REFUSED = 7004;

/**
 * The one fake GME backend the fleet shares. It decides each request when it is made: in an
 * outage window it fails (with the outage's code, or no answer at all); under a capacity limit it
 * serves requests one after another at the limit's rate, so the excess waits in line, and it
 * refuses with 7004 what would wait longer than the queue limit. It counts the API requests and the
 * SDKs' reconnect probes per second of simulated time.
 */
export class FleetBackend {
  readonly settings: BackendSettings;
  readonly time: VirtualTime;
  readonly random: SimRandom;
  /** API requests (SDK invocations that reach the servers) per second. */
  readonly requests: Float64Array;
  /** The SDKs' own reconnect probes per second (the same for every policy; not API requests). */
  readonly probes: Float64Array;
  readonly #outageShare: number;
  readonly #serviceMs: number;
  /** When the backend is free to serve the next request in line. */
  #freeAt = 0;
  /** Requests refused because the line was too long. */
  refused = 0;
  /** The longest wait in line of a served request, ms. */
  maxWaitMs = 0;
  /** Arrival time of the last request served late or refused after `lateSince`, or -1. */
  lastSaturatedAt = -1;
  /**
   * Arrival time of the last request whose work was wasted after `lateSince` — refused, or
   * answered after its client had stopped waiting (its wait plus latency past the call's
   * timeout) — or -1.
   */
  lastWastedAt = -1;
  /** Requests answered after their client had stopped waiting (the work done for nobody). */
  answeredTooLate = 0;
  /** Only saturation and waste from here on count for {@link lastSaturatedAt} and {@link lastWastedAt}. */
  lateSince = 0;

  constructor(time: VirtualTime, settings: BackendSettings) {
    this.time = time;
    this.settings = settings;
    this.random = createSimRandom(settings.seed);
    const seconds = Math.ceil(settings.endMs / 1000);
    this.requests = new Float64Array(seconds);
    this.probes = new Float64Array(seconds);
    this.#outageShare = settings.outage?.share ?? 1;
    const capacity = settings.capacity;
    this.#serviceMs = capacity === undefined ? 0 : 1000 / (capacity.perClientPerSecond * settings.clients);
  }

  /** Whether the whole backend is down at `t` (a full outage: room connections drop). */
  isDown(t: number): boolean {
    const o = this.settings.outage;
    return o !== undefined && this.#outageShare >= 1 && t >= o.fromMs && t < o.toMs;
  }

  /** A value drawn in `range` from the backend's random stream. */
  draw([min, max]: MsRange): number {
    return min + Math.round(this.random.next() * (max - min));
  }

  /** Adds one to `counter` for the second of `t`. */
  count(counter: Float64Array, t: number): void {
    const i = Math.floor(t / 1000);
    if (i >= 0 && i < counter.length) counter[i] = (counter[i] as number) + 1;
  }

  /**
   * Counts an API request made now and decides its answer. `timeoutMs`: how long the client
   * waits for this answer (its call's timeout), to tell work done for nobody.
   */
  request(timeoutMs: number): Answer {
    const now = this.time.now();
    this.count(this.requests, now);
    const o = this.settings.outage;
    const failed =
      o !== undefined &&
      now >= o.fromMs &&
      now < o.toMs &&
      (this.#outageShare >= 1 || this.random.next() < this.#outageShare);
    const latency = this.draw(this.settings.sdk.latencyMs);
    if (failed && o !== undefined)
      return o.code === 'no-event' ? { result: undefined, due: now } : { result: o.code, due: now + latency };
    const capacity = this.settings.capacity;
    if (capacity === undefined) return { result: 0, due: now + latency };
    const start = Math.max(now, this.#freeAt);
    const wait = start - now;
    if (wait > capacity.queueLimitMs) {
      this.refused++;
      this.#saturated(now);
      this.#wasted(now);
      return { result: REFUSED, due: now + latency };
    }
    this.#freeAt = start + this.#serviceMs;
    if (wait > this.maxWaitMs) this.maxWaitMs = wait;
    if (wait > LATE_MS) this.#saturated(now);
    if (wait + latency >= timeoutMs) {
      this.answeredTooLate++;
      this.#wasted(now);
    }
    return { result: 0, due: start + latency };
  }

  #saturated(now: number): void {
    if (now >= this.lateSince) this.lastSaturatedAt = now;
  }

  #wasted(now: number): void {
    if (now >= this.lateSince) this.lastWastedAt = now;
  }
}
