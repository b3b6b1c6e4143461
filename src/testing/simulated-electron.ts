import type { SimulatedGmeControl } from './sim-control.js';
import type { SimulatedCore, SimulatedNativeContext } from './simulated-core.js';

/** The delegate shape of gme-electron-sdk's `GmeContext.SetTMGDelegate`. */
export interface SimulatedElectronDelegate {
  /** Receives each event: its type and its payload as JSON text, as gme-electron-sdk delivers it. */
  onEvent(event: number, result: string): void;
}

/**
 * A simulated `GmeContext` of gme-electron-sdk: the PascalCase methods the wrapper uses, JSON
 * text payloads, events delivered only inside `Poll()`. Return values are GME codes (0 = posted),
 * except `IsRoomEntered` (a boolean), the audio getters (`GetMicVolume`... a number),
 * `GetSDKVersion` (a string) and `Poll` (undefined) — or whatever a scripted fault says.
 */
export interface SimulatedGmeContext {
  /** Starts the SDK: 0, or 1004 for an empty app id or an open id that is not a number above 10000. */
  Init(appId: string, openId: string): unknown;
  /** Delivers the events that are due, in order, to the delegate. */
  Poll(): unknown;
  /** Forgets the session: room, PTT auth, recording and pending events (no events). */
  Uninit(): unknown;
  /** Sets the one delegate that receives events, replacing the previous one. */
  SetTMGDelegate(delegate: SimulatedElectronDelegate): void;
  /** Posts a room entry (0), or rejects it at once; ENTER_ROOM (1) follows. */
  EnterRoom(roomId: string, roomType: number, authBuffer: string): unknown;
  /** Posts a room exit (0), or rejects it at once; EXIT_ROOM (2) follows. */
  ExitRoom(): unknown;
  /** Whether a room is entered. */
  IsRoomEntered(): unknown;
  /** Present only with the `switchRoom: true` option (gme-electron-sdk 2.1.3 has no SwitchRoom). */
  SwitchRoom?(roomId: string, authBuffer: string): unknown;
  /** Applies the voice-message auth buffer; answered by its return value. */
  ApplyPTTAuthbuffer(authBuffer: string): unknown;
  /** Starts recording a voice message to `filePath`. */
  PttStartRecording(filePath: string): unknown;
  /** Stops the recording; RECORD_COMPLETE (5001) follows. */
  PttStopRecording(): unknown;
  /** Cancels the recording; no event follows. */
  PttCancelRecording(): unknown;
  /** Posts an upload of a recorded file; UPLOAD_COMPLETE (5002) with its `file_id` follows. */
  PttUploadRecordedFile(filePath: string): unknown;
  /** Posts a download of an uploaded file; DOWNLOAD_COMPLETE (5003) follows. */
  PttDownloadRecordedFile(fileId: string, filePath: string): unknown;
  /** Plays a local voice file; PLAY_COMPLETE (5004) follows. */
  PttPlayRecordedFile(filePath: string, voiceType: number): unknown;
  /** Stops playback: pending PLAY_COMPLETE events become due at once. */
  PttStopPlayFile(): unknown;
  /** Posts a speech-to-text request; SPEECH2TEXT_COMPLETE (5005) follows. */
  PttSpeechToText(fileID: string, speechLanguage: string, translateLanguage: string): unknown;
  /** Starts a recording with streaming recognition: 5007 while it runs, 5006 after stop. */
  PttStartRecordingWithStreamingRecognition(
    filePath: string,
    speechLanguage: string,
    translateLanguage: string,
  ): unknown;
  /** Turns the capture device and the upstream on or off together (0, 1004, or 1101 before Init). */
  EnableMic(enable: boolean): unknown;
  /** Turns the play device and the downstream on or off together. */
  EnableSpeaker(enable: boolean): unknown;
  /** Turns the capture device (microphone) on or off. */
  EnableAudioCaptureDevice(enable: boolean): unknown;
  /** Turns the play device (speaker) on or off. */
  EnableAudioPlayDevice(enable: boolean): unknown;
  /** Turns the upstream (sending captured audio) on or off. */
  EnableAudioSend(enable: boolean): unknown;
  /** Turns the downstream (playing the room's audio) on or off. */
  EnableAudioRecv(enable: boolean): unknown;
  /** Sets the microphone volume, an integer from 0 to 200 (else 1004). */
  SetMicVolume(volume: number): unknown;
  /** Sets the speaker volume, an integer from 0 to 200 (else 1004). */
  SetSpeakerVolume(volume: number): unknown;
  /** The microphone volume; 101 until `SetMicVolume` was called (GME's convention), 1101 before Init. */
  GetMicVolume(): unknown;
  /** The speaker volume; 101 until `SetSpeakerVolume` was called, 1101 before Init. */
  GetSpeakerVolume(): unknown;
  /** 1 when the capture device and the upstream are both on, else 0; 1101 before Init. */
  GetMicState(): unknown;
  /** 1 when the play device and the downstream are both on, else 0; 1101 before Init. */
  GetSpeakerState(): unknown;
  /** The simulated SDK version string. */
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
    EnableAudioCaptureDevice: (enable: boolean) => m.EnableAudioCaptureDevice(enable),
    EnableAudioPlayDevice: (enable: boolean) => m.EnableAudioPlayDevice(enable),
    EnableAudioSend: (enable: boolean) => m.EnableAudioSend(enable),
    EnableAudioRecv: (enable: boolean) => m.EnableAudioRecv(enable),
    SetMicVolume: (volume: number) => m.SetMicVolume(volume),
    SetSpeakerVolume: (volume: number) => m.SetSpeakerVolume(volume),
    GetMicVolume: () => m.GetMicVolume(),
    GetSpeakerVolume: () => m.GetSpeakerVolume(),
    GetMicState: () => m.GetMicState(),
    GetSpeakerState: () => m.GetSpeakerState(),
    GetSDKVersion: () => m.GetSDKVersion(),
  };
  if (engine.options.switchRoom) {
    face.SwitchRoom = (roomId: string, authBuffer: string) => m.SwitchRoom(roomId, authBuffer);
  }
  Object.defineProperty(face, 'native', { value: core.native, enumerable: false });
  Object.defineProperty(face, 'control', { value: core.control, enumerable: false });
  return face as unknown as SimulatedGmeContext;
}
