import { SIM_WEB_EVENTS } from './sim-constants.js';
import type { SimulatedGmeControl } from './sim-control.js';
import type { SimulatedGmeOptions } from './sim-options.js';
import { createSimulatedCore } from './simulated-core.js';

/** The H5 SDK's delegate: a plain function receiving the H5 event number and a result object. */
export type SimulatedWebDelegate = (eventType: number, result: unknown) => void;

/**
 * A simulated `WebGMEAPI` (the H5 SDK): voice chat only, no `Poll`, events pushed by timers.
 * Methods return `undefined` when the request was posted and the code when it was rejected at
 * once (the H5 SDK documents no return values).
 */
export interface SimulatedWebGme {
  /** Starts the SDK; `undefined` when it worked (the H5 SDK documents no return values), else the code. */
  Init(document: unknown, sdkAppId: string, openId: string): unknown;
  /** Sets the one delegate that receives events, replacing the previous one. */
  SetTMGDelegate(delegate: SimulatedWebDelegate): void;
  /** Posts a room entry (`undefined`), or returns the code at once; the entry event follows. */
  EnterRoom(roomId: string, roomType: number, authBuffer: string): unknown;
  /** Posts a room exit (`undefined`), or returns the code at once; the exit event follows. */
  ExitRoom(): unknown;
  /** Turns the microphone on or off: `undefined`, or the code (1004, 1101 before Init). */
  EnableMic(enable: boolean): unknown;
  /** Turns the speaker on or off: `undefined`, or the code. */
  EnableSpeaker(enable: boolean): unknown;
  /** Sets the microphone volume, an integer from 0 to 100 as the H5 SDK documents (else 1004). */
  SetMicVolume(volume: number): unknown;
  /** The instance's event constants. Room events are numbered native + 100, unlike the native SDKs. */
  readonly event: typeof SIM_WEB_EVENTS;
  /** Faults, state and statistics. Not part of the real SDK. */
  readonly control: SimulatedGmeControl;
}

/**
 * A simulated H5 `WebGMEAPI`. Same rules as `createSimulatedGme` for init and rooms (see there),
 * but events are **pushed by `setTimeout`** at their due time (so vitest's fake timers drive
 * them), payloads are **objects**, and room events carry the H5 numbers of `event` (native + 100)
 * to prove that adapters translate by identifier. `switchRoom: true` is refused: the H5 SDK has
 * no `SwitchRoom`. Of the audio controls it has what `WebGMEAPI` documents: `EnableMic`,
 * `EnableSpeaker` and `SetMicVolume` (0 to 100 there); no getters.
 *
 * @example
 * import { createSimulatedWebGme } from 'gme-result/testing';
 * import { createGmeClient, fromWeb } from 'gme-result';
 * const api = createSimulatedWebGme({ latencyMs: 30 });
 * const gme = createGmeClient({ sdk: fromWeb(api, { document: {} }) });
 */
export function createSimulatedWebGme(options?: SimulatedGmeOptions): SimulatedWebGme {
  if (options?.switchRoom === true) {
    throw new TypeError(
      'Expected `switchRoom` to be false for the H5 simulator (WebGMEAPI has no SwitchRoom), got true.',
    );
  }
  const { engine, methods: m, control } = createSimulatedCore(options, 'web');
  const web = (value: unknown): unknown => (value === 0 ? undefined : value);
  const api: Omit<SimulatedWebGme, 'event' | 'control'> = {
    Init: (_document, sdkAppId, openId) => web(m.Init(sdkAppId, openId)),
    SetTMGDelegate(delegate) {
      engine.count('SetTMGDelegate');
      engine.setDelegate(
        typeof delegate === 'function' ? (type, payload) => delegate(type, payload) : undefined,
      );
    },
    EnterRoom: (roomId, roomType, authBuffer) => web(m.EnterRoom(roomId, roomType, authBuffer)),
    ExitRoom: () => web(m.ExitRoom()),
    EnableMic: (enable) => web(m.EnableMic(enable)),
    EnableSpeaker: (enable) => web(m.EnableSpeaker(enable)),
    SetMicVolume: (volume) => web(m.SetMicVolume(volume)),
  };
  Object.defineProperty(api, 'event', { value: Object.freeze({ ...SIM_WEB_EVENTS }), enumerable: true });
  Object.defineProperty(api, 'control', { value: control, enumerable: false });
  return api as SimulatedWebGme;
}
