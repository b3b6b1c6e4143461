import { createControl, type SimulatedGmeControl } from './sim-control.js';
import { SimEngine } from './sim-engine.js';
import type { SimMethod } from './sim-faults.js';
import { resolveSimOptions, type SimulatedGmeOptions } from './sim-options.js';
import { roomMethods } from './sim-room.js';
import { voiceMethods } from './sim-voice.js';

/** The simulated SDK's methods under their PascalCase (GmeContext) names. */
export type SimMethodTable = ReturnType<typeof roomMethods> & ReturnType<typeof voiceMethods>;

/**
 * The simulated native addon object, shaped like `new gmeAddon.GMEContext()` that
 * gme-electron-sdk's `GmeSDK.js` wraps: lower-camel methods, events delivered inside `poll()`
 * as `(eventId, jsonText)` to the function given to `setTMGDelegate`.
 */
export interface SimulatedNativeContext {
  init(appId: string, openId: string): unknown;
  uninit(): unknown;
  poll(): unknown;
  setTMGDelegate(delegate: (eventId: number, message: string) => void): void;
  enterRoom(roomId: string, roomType: number, authBuffer: string): unknown;
  exitRoom(): unknown;
  isRoomEntered(): unknown;
  /** Present only with the `switchRoom: true` option. */
  switchRoom?(roomId: string, authBuffer: string): unknown;
  applyPTTAuthbuffer(authBuffer: string): unknown;
  pttStartRecording(filePath: string): unknown;
  pttStopRecording(): unknown;
  pttCancelRecording(): unknown;
  pttUploadRecordedFile(filePath: string): unknown;
  pttDownloadRecordedFile(fileId: string, filePath: string): unknown;
  pttPlayRecordedFile(filePath: string, voiceType: number): unknown;
  pttStopPlayFile(): unknown;
  pttSpeechToText(fileId: string, speechLanguage: string, translateLanguage: string): unknown;
  pttStartRecordingWithStreamingRecognition(
    filePath: string,
    speechLanguage: string,
    translateLanguage: string,
  ): unknown;
  enableMic(enable: boolean): unknown;
  enableSpeaker(enable: boolean): unknown;
  setMicVolume(volume: number): unknown;
  getSDKVersion(): unknown;
}

/** An engine with its method table, native object and control surface. */
export interface SimulatedCore {
  readonly engine: SimEngine;
  readonly methods: SimMethodTable;
  readonly native: SimulatedNativeContext;
  readonly control: SimulatedGmeControl;
}

/**
 * Builds the simulation shared by the Electron-shaped and H5-shaped simulators. `'native'`
 * queues events until `poll()`, with JSON text payloads; `'web'` pushes them by timers, as
 * objects, with the H5 event numbers.
 *
 * @internal Use `createSimulatedGme` or `createSimulatedWebGme`.
 */
export function createSimulatedCore(
  options: SimulatedGmeOptions | undefined,
  surface: 'native' | 'web',
): SimulatedCore {
  const engine = new SimEngine(resolveSimOptions(options), surface);
  const methods: SimMethodTable = { ...roomMethods(engine), ...voiceMethods(engine) };
  const native: Record<string, unknown> = {
    setTMGDelegate(delegate: unknown): void {
      engine.count('SetTMGDelegate');
      if (typeof delegate !== 'function') {
        throw new TypeError(
          `setTMGDelegate expects a function, got ${delegate === null ? 'null' : typeof delegate}.`,
        );
      }
      engine.setDelegate((type, payload) => delegate(type, payload));
    },
  };
  for (const name of Object.keys(methods) as SimMethod[]) {
    if (name === 'SwitchRoom' && !engine.options.switchRoom) continue;
    native[name.charAt(0).toLowerCase() + name.slice(1)] = methods[name as keyof SimMethodTable];
  }
  return {
    engine,
    methods,
    native: native as unknown as SimulatedNativeContext,
    control: createControl(engine),
  };
}
