import type { GmeAdapter, OperationArgs, OperationName, RawEventHandler } from 'gme-result';
import { createSimRandom, type SimRandom } from 'gme-result/testing';
import type { VirtualTime } from './virtual-time.js';

/** GME's native event ids the fleet's SDKs send (GME-FACTS §4). */
export const FLEET_EVENTS = {
  enterRoom: 1,
  roomDisconnect: 3,
  reconnectStart: 11,
  reconnectSuccess: 12,
  uploadComplete: 5002,
} as const;

/** A window in which the backend answers requests with a transient code. */
export interface Outage {
  readonly from: number;
  readonly to: number;
  /** The code failed requests get, e.g. 7004 (AV_ERR_NET_REQUEST_FALLED). */
  readonly code: number;
  /**
   * The share of requests that fail, drawn per request: 1 is a full outage (the room connections
   * drop too), less is a brownout (rooms stay up, some requests fail).
   * @default 1
   */
  readonly share?: number;
}

/** How the fleet's SDKs behave; the same for every policy. */
export interface BackendOptions {
  readonly seed: number;
  /** From a request to its completion event, drawn per request, in ms. */
  readonly latencyMs: readonly [number, number];
  readonly outage: Outage | undefined;
  /** How long an SDK takes to notice that its room connection is gone, drawn per client, in ms. */
  readonly detectMs: readonly [number, number];
  /** Gap between two reconnect probes of the SDK's own reconnect, drawn per probe, in ms. */
  readonly probeEveryMs: readonly [number, number];
  /**
   * After this long without a successful probe the SDK gives up: ROOM_DISCONNECT and the room is
   * left (the API pages' reading of GME-FACTS §5). `Infinity`: it keeps reconnecting (the FAQ's
   * reading: 60 minutes, longer than any outage simulated here).
   */
  readonly giveUpAfterMs: number;
  /** Width of one bucket of the request counters, in ms. */
  readonly bucketMs: number;
  /** End of the run: the counters cover [0, end). */
  readonly end: number;
}

/** Operations answered locally by the SDK (no request to GME's servers). */
const LOCAL: ReadonlySet<OperationName> = new Set(['init', 'applyPttAuthbuffer']);
const SUPPORTED: ReadonlySet<OperationName> = new Set([
  'init',
  'applyPttAuthbuffer',
  'enterRoom',
  'uploadRecordedFile',
]);

/**
 * One shared fake GME backend for the whole fleet, and one small SDK per client behind a
 * {@link GmeAdapter}. Each request is decided when it is made (down → the outage code, else 0) and
 * answered by its completion event after a drawn latency. The SDKs also model the room
 * connection: when the backend goes down, each SDK in a room notices it after a drawn delay
 * (RECONNECT_START), then probes the backend on its own until a probe finds it up
 * (RECONNECT_SUCCESS) — or gives up after `giveUpAfterMs` (ROOM_DISCONNECT, room left).
 */
export class FleetBackend {
  readonly options: BackendOptions;
  readonly time: VirtualTime;
  readonly random: SimRandom;
  /** API requests (SDK invocations that reach the servers) per bucket. */
  readonly requests: Float64Array;
  /** The SDKs' own reconnect probes per bucket (the same for every policy; not API requests). */
  readonly probes: Float64Array;
  readonly #sdks: FleetSdk[] = [];

  constructor(time: VirtualTime, options: BackendOptions) {
    this.time = time;
    this.options = options;
    this.random = createSimRandom(options.seed);
    const buckets = Math.ceil(options.end / options.bucketMs);
    this.requests = new Float64Array(buckets);
    this.probes = new Float64Array(buckets);
    const outage = options.outage;
    if (outage !== undefined && (outage.share ?? 1) >= 1) time.at(outage.from, () => this.#goDown());
  }

  /** Whether the whole backend is down at `t` (a full outage: room connections drop). */
  isDown(t: number): boolean {
    const o = this.options.outage;
    return o !== undefined && (o.share ?? 1) >= 1 && t >= o.from && t < o.to;
  }

  /** The answer to a request made at `t`: 0, or the outage code. */
  answerAt(t: number): number {
    const o = this.options.outage;
    if (o === undefined || t < o.from || t >= o.to) return 0;
    const share = o.share ?? 1;
    return share >= 1 || this.random.next() < share ? o.code : 0;
  }

  draw([min, max]: readonly [number, number]): number {
    return min + Math.round(this.random.next() * (max - min));
  }

  count(counter: Float64Array, t: number): void {
    const i = Math.floor(t / this.options.bucketMs);
    if (i >= 0 && i < counter.length) counter[i] = (counter[i] as number) + 1;
  }

  /** API requests made in [from, to). Both ends are bucket boundaries. */
  requestsIn(from: number, to: number): number {
    const b = this.options.bucketMs;
    let n = 0;
    for (let i = Math.floor(from / b); i < Math.ceil(to / b) && i < this.requests.length; i++) {
      n += this.requests[i] as number;
    }
    return n;
  }

  /** A new client's SDK. */
  sdk(): FleetSdk {
    const sdk = new FleetSdk(this);
    this.#sdks.push(sdk);
    return sdk;
  }

  #goDown(): void {
    for (const sdk of this.#sdks) sdk.connectionLost();
  }
}

/** The SDK of one simulated client. */
export class FleetSdk {
  readonly #backend: FleetBackend;
  #sink: RawEventHandler | undefined;
  #inRoom = false;
  #reconnecting = false;
  readonly adapter: GmeAdapter;

  constructor(backend: FleetBackend) {
    this.#backend = backend;
    this.adapter = {
      surface: 'fleet',
      supports: (op) => SUPPORTED.has(op),
      invoke: <Op extends OperationName>(op: Op, args: OperationArgs[Op]) => this.#invoke(op, args),
      callMethod: () => {
        throw new TypeError('The fleet SDK has no raw methods.');
      },
      hasMethod: () => false,
      attach: (sink) => {
        this.#sink = sink;
        return () => {
          this.#sink = undefined;
        };
      },
    };
  }

  #emit(type: number, payload: object): void {
    this.#sink?.(type, payload);
  }

  #invoke(op: OperationName, args: unknown): number {
    if (LOCAL.has(op)) return 0;
    const b = this.#backend;
    const now = b.time.now();
    b.count(b.requests, now);
    const result = b.answerAt(now);
    const due = now + b.draw(b.options.latencyMs);
    if (op === 'enterRoom') {
      b.time.at(due, () => {
        if (result === 0) {
          this.#inRoom = true;
          this.#reconnecting = false;
        }
        this.#emit(FLEET_EVENTS.enterRoom, { result, error_info: '' });
      });
    } else {
      const filePath = (args as OperationArgs['uploadRecordedFile']).filePath;
      const fileId = result === 0 ? `https://voice.gme.invalid/fleet${filePath}` : '';
      b.time.at(due, () =>
        this.#emit(FLEET_EVENTS.uploadComplete, { result, file_path: filePath, file_id: fileId }),
      );
    }
    return 0;
  }

  /** The backend went down: notice it after a while, then reconnect by probing. */
  connectionLost(): void {
    const b = this.#backend;
    const lostAt = b.time.now();
    b.time.at(lostAt + b.draw(b.options.detectMs), () => {
      if (!this.#inRoom || this.#reconnecting) return;
      if (!b.isDown(b.time.now())) return;
      this.#reconnecting = true;
      this.#emit(FLEET_EVENTS.reconnectStart, { result: 0, error_info: '' });
      this.#probeLater(b.time.now());
    });
  }

  #probeLater(since: number): void {
    const b = this.#backend;
    b.time.at(b.time.now() + b.draw(b.options.probeEveryMs), () => {
      if (!this.#reconnecting) return;
      const now = b.time.now();
      b.count(b.probes, now);
      if (!b.isDown(now)) {
        this.#reconnecting = false;
        this.#emit(FLEET_EVENTS.reconnectSuccess, { result: 0, error_info: '' });
      } else if (now - since >= b.options.giveUpAfterMs) {
        this.#reconnecting = false;
        this.#inRoom = false;
        this.#emit(FLEET_EVENTS.roomDisconnect, { result: 1005, error_info: 'reconnect gave up' });
      } else {
        this.#probeLater(since);
      }
    });
  }
}
