import type { SimulatedGmeControl } from './sim-control.js';
import type { SimulatedCore, SimulatedNativeContext } from './simulated-core.js';

/** The delegate shape of gme-electron-sdk's `GmeContext.SetTMGDelegate`. */
export interface SimulatedElectronDelegate {
  onEvent(event: number, result: string): void;
}

/**
 * A simulated `GmeContext` of gme-electron-sdk: the PascalCase methods the wrapper uses, JSON
 * text payloads, events delivered only inside `Poll()`. Return values are GME codes (0 = posted),
 * except `IsRoomEntered` (a boolean), `GetSDKVersion` (a string) and `Poll` (undefined) — or
 * whatever a scripted fault says.
 */
export interface SimulatedGmeContext {
  Init(appId: string, openId: string): unknown;
  Poll(): unknown;
  Uninit(): unknown;
  SetTMGDelegate(delegate: SimulatedElectronDelegate): void;
  EnterRoom(roomId: string, roomType: number, authBuffer: string): unknown;
  ExitRoom(): unknown;
  IsRoomEntered(): unknown;
  /** Present only with the `switchRoom: true` option (gme-electron-sdk 2.1.3 has no SwitchRoom). */
  SwitchRoom?(roomId: string, authBuffer: string): unknown;
  ApplyPTTAuthbuffer(authBuffer: string): unknown;
  PttStartRecording(filePath: string): unknown;
  PttStopRecording(): unknown;
  PttCancelRecording(): unknown;
  PttUploadRecordedFile(filePath: string): unknown;
  PttDownloadRecordedFile(fileId: string, filePath: string): unknown;
  PttPlayRecordedFile(filePath: string, voiceType: number): unknown;
  PttStopPlayFile(): unknown;
  PttSpeechToText(fileID: string, speechLanguage: string, translateLanguage: string): unknown;
  PttStartRecordingWithStreamingRecognition(
    filePath: string,
    speechLanguage: string,
    translateLanguage: string,
  ): unknown;
  EnableMic(enable: boolean): unknown;
  EnableSpeaker(enable: boolean): unknown;
  SetMicVolume(volume: number): unknown;
  GetSDKVersion(): unknown;
  /**
   * The same simulation as a native addon object (lower-camel methods), to put behind the real
   * `GmeSDK.js` of gme-electron-sdk. Not part of the real SDK.
   */
  readonly native: SimulatedNativeContext;
  /** Faults, state and statistics. Not part of the real SDK. */
  readonly control: SimulatedGmeControl;
}

/**
 * Puts the Electron `GmeContext` face on a native-surface core.
 *
 * @internal Use `createSimulatedGme`.
 */
export function electronFace(core: SimulatedCore): SimulatedGmeContext {
  const { engine, methods: m } = core;
  const face: Record<string, unknown> = {
    Init: (appId: string, openId: string) => m.Init(appId, openId),
    Poll: () => m.Poll(),
    Uninit: () => m.Uninit(),
    SetTMGDelegate(delegate: SimulatedElectronDelegate): void {
      engine.count('SetTMGDelegate');
      // As GmeSDK.js does: the delegate object is looked up on every event.
      engine.setDelegate((type, payload) => delegate.onEvent(type, payload as string));
    },
    EnterRoom: (roomId: string, roomType: number, authBuffer: string) =>
      m.EnterRoom(roomId, roomType, authBuffer),
    ExitRoom: () => m.ExitRoom(),
    IsRoomEntered: () => m.IsRoomEntered(),
    ApplyPTTAuthbuffer: (authBuffer: string) => m.ApplyPTTAuthbuffer(authBuffer),
    PttStartRecording: (filePath: string) => m.PttStartRecording(filePath),
    PttStopRecording: () => m.PttStopRecording(),
    PttCancelRecording: () => m.PttCancelRecording(),
    PttUploadRecordedFile: (filePath: string) => m.PttUploadRecordedFile(filePath),
    PttDownloadRecordedFile: (fileId: string, filePath: string) =>
      m.PttDownloadRecordedFile(fileId, filePath),
    PttPlayRecordedFile: (filePath: string, voiceType: number) => m.PttPlayRecordedFile(filePath, voiceType),
    PttStopPlayFile: () => m.PttStopPlayFile(),
    PttSpeechToText: (fileId: string, language: string, translate: string) =>
      m.PttSpeechToText(fileId, language, translate),
    PttStartRecordingWithStreamingRecognition: (filePath: string, language: string, translate: string) =>
      m.PttStartRecordingWithStreamingRecognition(filePath, language, translate),
    EnableMic: (enable: boolean) => m.EnableMic(enable),
    EnableSpeaker: (enable: boolean) => m.EnableSpeaker(enable),
    SetMicVolume: (volume: number) => m.SetMicVolume(volume),
    GetSDKVersion: () => m.GetSDKVersion(),
  };
  if (engine.options.switchRoom) {
    face.SwitchRoom = (roomId: string, authBuffer: string) => m.SwitchRoom(roomId, authBuffer);
  }
  Object.defineProperty(face, 'native', { value: core.native, enumerable: false });
  Object.defineProperty(face, 'control', { value: core.control, enumerable: false });
  return face as unknown as SimulatedGmeContext;
}
