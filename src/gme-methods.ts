/**
 * The GME SDK methods `gme.call(...)` knows by name: the real-time audio controls, with their
 * arguments and what they return. One table: the client reads it at run time (argument checks,
 * how to read the return value) and every type below is derived from it.
 */

/** One argument of a known method: its name in GME's signature and how the client checks it. */
export interface GmeMethodArg {
  /** The parameter's name, used in error messages. */
  readonly name: string;
  /**
   * `'boolean'`: `true` or `false`, nothing else (GME's `bEnable`). `'volume'`: an integer from 0 to
   * 200, 100 leaving the level unchanged (GME's `vol`; the H5 SDK documents 0 to 100, which the
   * client enforces on the `'web'` surface).
   */
  readonly kind: 'boolean' | 'volume';
}

/** The TypeScript type of each argument kind. */
export interface GmeMethodArgTypes {
  readonly boolean: boolean;
  readonly volume: number;
}

/**
 * What a known method's return value means:
 * - `'code'`: a GME code (0 = done); the Ok value carries it.
 * - `'volume'`: a volume from 0 to 200 (GME answers 101 when it was never set).
 * - `'micState'`: 0 off, 1 on. Data, not a code: 1 is not an error.
 * - `'speakerState'`: 0 off, 1 on, 2 on and playing (GME's C++ documentation).
 * - `'text'`: a string (the SDK version).
 */
export interface GmeMethodReturnTypes {
  readonly code: number;
  readonly volume: number;
  readonly micState: 0 | 1;
  readonly speakerState: 0 | 1 | 2;
  readonly text: string;
}

/**
 * One entry of {@link GME_METHODS}. `returnsCode` says how the client reads the return value when
 * the call gives no `returnsCode` option: `true`, as a GME code (non-zero = Err); `false`, as data
 * of the kind `returns` names.
 */
export type GmeMethodSpec =
  | { readonly args: readonly GmeMethodArg[]; readonly returnsCode: true; readonly returns: 'code' }
  | {
      readonly args: readonly GmeMethodArg[];
      readonly returnsCode: false;
      readonly returns: Exclude<keyof GmeMethodReturnTypes, 'code'>;
    };

const ENABLE = [{ name: 'enable', kind: 'boolean' }] as const;
const VOLUME = [{ name: 'volume', kind: 'volume' }] as const;
const NONE = [] as const;

/**
 * The GME methods `gme.call` types and checks, with the signatures of gme-electron-sdk 2.1.3's
 * `GmeContext` (the H5 SDK has `EnableMic`, `EnableSpeaker` and `SetMicVolume` of them):
 *
 * | method | arguments | returns |
 * | --- | --- | --- |
 * | `EnableMic`, `EnableSpeaker` | `enable: boolean` | a code (mic = capture device + upstream; speaker = play device + downstream) |
 * | `EnableAudioCaptureDevice`, `EnableAudioPlayDevice` | `enable: boolean` | a code |
 * | `EnableAudioSend`, `EnableAudioRecv` | `enable: boolean` | a code |
 * | `SetMicVolume`, `SetSpeakerVolume` | `volume: number` (0–200) | a code |
 * | `GetMicVolume`, `GetSpeakerVolume` | none | the volume (101: never set) |
 * | `GetMicState` / `GetSpeakerState` | none | 0/1 / 0/1/2 — data, never read as a code |
 * | `GetSDKVersion` | none | a string |
 *
 * Any other method still goes through `gme.call(name, args)`, untyped and unchecked.
 *
 * Why no `gme.enableMic(true)` beside `gme.call('EnableMic', [true])`: the typed overload already
 * checks the name and the arguments at compile time and completes the name in an editor; a second
 * spelling of each method would double the facade, and its events and policy rules would still
 * name the SDK method (`EnableMic`), so the two would not even read the same.
 *
 * @example
 * import { GME_METHODS } from 'gme-result';
 * GME_METHODS.GetMicState.returnsCode; // false: 1 means "on", not an error
 */
export const GME_METHODS = {
  EnableMic: { args: ENABLE, returnsCode: true, returns: 'code' },
  EnableSpeaker: { args: ENABLE, returnsCode: true, returns: 'code' },
  EnableAudioCaptureDevice: { args: ENABLE, returnsCode: true, returns: 'code' },
  EnableAudioPlayDevice: { args: ENABLE, returnsCode: true, returns: 'code' },
  EnableAudioSend: { args: ENABLE, returnsCode: true, returns: 'code' },
  EnableAudioRecv: { args: ENABLE, returnsCode: true, returns: 'code' },
  SetMicVolume: { args: VOLUME, returnsCode: true, returns: 'code' },
  SetSpeakerVolume: { args: VOLUME, returnsCode: true, returns: 'code' },
  GetMicVolume: { args: NONE, returnsCode: false, returns: 'volume' },
  GetSpeakerVolume: { args: NONE, returnsCode: false, returns: 'volume' },
  GetMicState: { args: NONE, returnsCode: false, returns: 'micState' },
  GetSpeakerState: { args: NONE, returnsCode: false, returns: 'speakerState' },
  GetSDKVersion: { args: NONE, returnsCode: false, returns: 'text' },
} as const satisfies Readonly<Record<string, GmeMethodSpec>>;

/**
 * A method `gme.call` knows, e.g. `'EnableMic'` or `'GetMicVolume'`.
 *
 * @example
 * import type { GmeMethodName } from 'gme-result';
 * const toggles: GmeMethodName[] = ['EnableMic', 'EnableSpeaker'];
 */
export type GmeMethodName = keyof typeof GME_METHODS;

/**
 * The argument tuple of a known method: `readonly [boolean]` (enable), `readonly [number]`
 * (volume) or `readonly []`.
 *
 * @example
 * import type { GmeMethodArgs } from 'gme-result';
 * const args: GmeMethodArgs<'SetMicVolume'> = [150];
 */
export type GmeMethodArgs<M extends GmeMethodName> = ArgTypes<(typeof GME_METHODS)[M]['args']>;

type ArgTypes<A extends readonly GmeMethodArg[]> = {
  readonly [I in keyof A]: A[I] extends GmeMethodArg ? GmeMethodArgTypes[A[I]['kind']] : never;
};

/**
 * The value a known method answers with: the code for setters, the data for getters.
 *
 * @example
 * import type { GmeMethodValue } from 'gme-result';
 * const state: GmeMethodValue<'GetMicState'> = 1; // 0 | 1
 */
export type GmeMethodValue<M extends GmeMethodName> =
  GmeMethodReturnTypes[(typeof GME_METHODS)[M]['returns']];

/**
 * The table entry of `method` when it is a known method (own keys only: `'constructor'` is not),
 * else undefined.
 *
 * @internal Used by the client's `call`.
 */
export function gmeMethod(method: string): GmeMethodSpec | undefined {
  return Object.hasOwn(GME_METHODS, method) ? GME_METHODS[method as GmeMethodName] : undefined;
}
