import type { GmeAdapter, OperationArgs, OperationName, RawEventHandler } from '../index.js';
import type { FleetBackend } from './fleet-backend.js';

/** GME's native event ids the fleet's SDKs send (GME-FACTS §4). */
export const FLEET_EVENTS = {
  enterRoom: 1,
  roomDisconnect: 3,
  reconnectStart: 11,
  reconnectSuccess: 12,
  uploadComplete: 5002,
} as const;

/** How long the client waits for each request's answer (its calls' timeouts), ms. */
export interface FleetSdkTimeouts {
  readonly enterRoom: number;
  readonly uploadRecordedFile: number;
}

/** Operations answered by the SDK itself (no request to GME's servers). */
const LOCAL: ReadonlySet<OperationName> = new Set(['init', 'applyPttAuthbuffer']);
const SUPPORTED: ReadonlySet<OperationName> = new Set([
  'init',
  'applyPttAuthbuffer',
  'enterRoom',
  'uploadRecordedFile',
]);

/**
 * The SDK of one simulated client, behind a {@link GmeAdapter}: `init` and `applyPttAuthbuffer`
 * answer locally; `enterRoom` and `uploadRecordedFile` are requests to the shared backend,
 * answered by their completion event. It also keeps the room connection: when the backend goes
 * down, it notices after a drawn delay (RECONNECT_START), then probes the backend on its own until
 * a probe finds it up (RECONNECT_SUCCESS), or gives up (ROOM_DISCONNECT, the room is left).
 */
export class FleetSdk {
  readonly #backend: FleetBackend;
  readonly #timeouts: FleetSdkTimeouts;
  #sink: RawEventHandler | undefined;
  #inRoom = false;
  #reconnecting = false;
  /** What the client wraps. */
  readonly adapter: GmeAdapter;

  constructor(backend: FleetBackend, timeouts: FleetSdkTimeouts) {
    this.#backend = backend;
    this.#timeouts = timeouts;
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
    const { result, due } = b.request(
      op === 'enterRoom' ? this.#timeouts.enterRoom : this.#timeouts.uploadRecordedFile,
    );
    if (result === undefined) return 0;
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
    b.time.at(b.time.now() + b.draw(b.settings.sdk.detectMs), () => {
      if (!this.#inRoom || this.#reconnecting) return;
      if (!b.isDown(b.time.now())) return;
      this.#reconnecting = true;
      this.#emit(FLEET_EVENTS.reconnectStart, { result: 0, error_info: '' });
      this.#probeLater(b.time.now());
    });
  }

  #probeLater(since: number): void {
    const b = this.#backend;
    b.time.at(b.time.now() + b.draw(b.settings.sdk.probeEveryMs), () => {
      if (!this.#reconnecting) return;
      const now = b.time.now();
      b.count(b.probes, now);
      const giveUpAfter = b.settings.sdk.giveUpAfterMs;
      if (!b.isDown(now)) {
        this.#reconnecting = false;
        this.#emit(FLEET_EVENTS.reconnectSuccess, { result: 0, error_info: '' });
      } else if (giveUpAfter !== undefined && now - since >= giveUpAfter) {
        this.#reconnecting = false;
        this.#inRoom = false;
        this.#emit(FLEET_EVENTS.roomDisconnect, { result: 1005, error_info: 'reconnect gave up' });
      } else {
        this.#probeLater(since);
      }
    });
  }
}
