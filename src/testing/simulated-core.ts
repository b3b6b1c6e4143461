import { audioMethods } from './sim-audio.js';
import { createControl, type SimulatedGmeControl } from './sim-control.js';
import { SimEngine } from './sim-engine.js';
import type { SimMethod } from './sim-faults.js';
import { resolveSimOptions, type SimulatedGmeOptions } from './sim-options.js';
import { roomMethods } from './sim-room.js';
import { voiceMethods } from './sim-voice.js';

/** The simulated SDK's methods under their PascalCase (GmeContext) names. */
export type SimMethodTable = ReturnType<typeof roomMethods> &
  ReturnType<typeof voiceMethods> &
  ReturnType<typeof audioMethods>;

/**
 * The simulated native addon object, shaped like `new gmeAddon.GMEContext()` that
 * gme-electron-sdk's `GmeSDK.js` wraps: lower-camel methods, events delivered inside `poll()`
 * as `(eventId, jsonText)` to the function given to `setTMGDelegate`.
 */
export interface SimulatedNativeContext {
  /** The native addon's `init`: starts the SDK: 0, or 1004 for an empty app id or an open id that is not a number above 10000. */
  init(appId: string, openId: string): unknown;
  /** The native addon's `uninit`: forgets the session: room, PTT auth, recording and pending events (no events). */
  uninit(): unknown;
  /** The native addon's `poll`: delivers the events that are due, in order, to the delegate. */
  poll(): unknown;
  /** The native addon's `setTMGDelegate`: sets the one delegate that receives events, replacing the previous one. */
  setTMGDelegate(delegate: (eventId: number, message: string) => void): void;
  /** The native addon's `enterRoom`: posts a room entry (0), or rejects it at once; ENTER_ROOM (1) follows. */
  enterRoom(roomId: string, roomType: number, authBuffer: string): unknown;
  /** The native addon's `exitRoom`: posts a room exit (0), or rejects it at once; EXIT_ROOM (2) follows. */
  exitRoom(): unknown;
  /** The native addon's `isRoomEntered`: whether a room is entered. */
  isRoomEntered(): unknown;
  /** Present only with the `switchRoom: true` option. */
  switchRoom?(roomId: string, authBuffer: string): unknown;
  /** The native addon's `applyPTTAuthbuffer`: applies the voice-message auth buffer; answered by its return value. */
  applyPTTAuthbuffer(authBuffer: string): unknown;
  /** The native addon's `pttStartRecording`: starts recording a voice message to `filePath`. */
  pttStartRecording(filePath: string): unknown;
  /** The native addon's `pttStopRecording`: stops the recording; RECORD_COMPLETE (5001) follows. */
  pttStopRecording(): unknown;
  /** The native addon's `pttCancelRecording`: cancels the recording; no event follows. */
  pttCancelRecording(): unknown;
  /** The native addon's `pttUploadRecordedFile`: posts an upload of a recorded file; UPLOAD_COMPLETE (5002) with its `file_id` follows. */
  pttUploadRecordedFile(filePath: string): unknown;
  /** The native addon's `pttDownloadRecordedFile`: posts a download of an uploaded file; DOWNLOAD_COMPLETE (5003) follows. */
  pttDownloadRecordedFile(fileId: string, filePath: string): unknown;
  /** The native addon's `pttPlayRecordedFile`: plays a local voice file; PLAY_COMPLETE (5004) follows. */
  pttPlayRecordedFile(filePath: string, voiceType: number): unknown;
  /** The native addon's `pttStopPlayFile`: stops playback: pending PLAY_COMPLETE events become due at once. */
  pttStopPlayFile(): unknown;
  /** The native addon's `pttSpeechToText`: posts a speech-to-text request; SPEECH2TEXT_COMPLETE (5005) follows. */
  pttSpeechToText(fileId: string, speechLanguage: string, translateLanguage: string): unknown;
  /** The native addon's `pttStartRecordingWithStreamingRecognition`: starts a recording with streaming recognition: 5007 while it runs, 5006 after stop. */
  pttStartRecordingWithStreamingRecognition(
    filePath: string,
    speechLanguage: string,
    translateLanguage: string,
  ): unknown;
  /** The native addon's `enableMic`: the capture device and the upstream on or off together. */
  enableMic(enable: boolean): unknown;
  /** The native addon's `enableSpeaker`: the play device and the downstream on or off together. */
  enableSpeaker(enable: boolean): unknown;
  /** The native addon's `enableAudioCaptureDevice`: the capture device (microphone) on or off. */
  enableAudioCaptureDevice(enable: boolean): unknown;
  /** The native addon's `enableAudioPlayDevice`: the play device (speaker) on or off. */
  enableAudioPlayDevice(enable: boolean): unknown;
  /** The native addon's `enableAudioSend`: the upstream on or off. */
  enableAudioSend(enable: boolean): unknown;
  /** The native addon's `enableAudioRecv`: the downstream on or off. */
  enableAudioRecv(enable: boolean): unknown;
  /** The native addon's `setMicVolume`: the microphone volume, 0 to 200. */
  setMicVolume(volume: number): unknown;
  /** The native addon's `setSpeakerVolume`: the speaker volume, 0 to 200. */
  setSpeakerVolume(volume: number): unknown;
  /** The native addon's `getMicVolume`: the microphone volume (101 until set). */
  getMicVolume(): unknown;
  /** The native addon's `getSpeakerVolume`: the speaker volume (101 until set). */
  getSpeakerVolume(): unknown;
  /** The native addon's `getMicState`: 1 when the capture device and the upstream are on, else 0. */
  getMicState(): unknown;
  /** The native addon's `getSpeakerState`: 1 when the play device and the downstream are on, else 0. */
  getSpeakerState(): unknown;
  /** The native addon's `getSDKVersion`: the simulated SDK version string. */
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
  const methods: SimMethodTable = {
    ...roomMethods(engine),
    ...voiceMethods(engine),
    ...audioMethods(engine),
  };
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
