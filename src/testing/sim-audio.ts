import { SIM_CODES } from './sim-constants.js';
import type { SimAudio, SimEngine } from './sim-engine.js';
import type { SimMethod } from './sim-faults.js';

const C = SIM_CODES;
/** What GetMicVolume / GetSpeakerVolume answer before the volume was ever set (GME's convention). */
export const SIM_VOLUME_NEVER_SET = 101;
/** The volume range of the native SDKs; the H5 SDK documents 0 to 100 for SetMicVolume. */
const MAX_VOLUME = { native: 200, web: 100 } as const;

type Flag = 'captureDevice' | 'playDevice' | 'send' | 'recv';
type Volume = 'micVolume' | 'speakerVolume';

/**
 * The real-time audio controls of the simulated SDK (PascalCase names), as GME documents them:
 * `EnableMic(b)` switches the capture device and the upstream together, `EnableSpeaker(b)` the
 * play device and the downstream; the four finer switches set one each. `GetMicState` is 1 when
 * both the capture device and the upstream are on, `GetSpeakerState` likewise (0 otherwise). Volumes
 * are integers from 0 to 200 (0 to 100 on the H5 surface); their getters answer 101 until set.
 * Every method answers 1101 before `Init` and 1004 for an argument of the wrong kind or range.
 */
export function audioMethods(engine: SimEngine) {
  const w = engine.world;
  const audio: SimAudio = w.audio;
  const maxVolume = MAX_VOLUME[engine.surface];
  const switcher =
    (method: SimMethod, ...flags: Flag[]) =>
    (enable: unknown): unknown =>
      engine.sync(method, () => {
        if (!w.inited) return C.AV_ERR_CONTEXT_NOT_EXIST;
        if (typeof enable !== 'boolean') return C.AV_ERR_INVALID_ARGUMENT;
        for (const flag of flags) audio[flag] = enable;
        return C.AV_OK;
      });
  const setVolume =
    (method: SimMethod, volume: Volume) =>
    (value: unknown): unknown =>
      engine.sync(method, () => {
        if (!w.inited) return C.AV_ERR_CONTEXT_NOT_EXIST;
        if (!Number.isInteger(value) || (value as number) < 0 || (value as number) > maxVolume) {
          return C.AV_ERR_INVALID_ARGUMENT;
        }
        audio[volume] = value as number;
        return C.AV_OK;
      });
  const getter = (method: SimMethod, read: () => number) => (): unknown =>
    engine.sync(method, () => (w.inited ? read() : C.AV_ERR_CONTEXT_NOT_EXIST));

  return {
    EnableMic: switcher('EnableMic', 'captureDevice', 'send'),
    EnableSpeaker: switcher('EnableSpeaker', 'playDevice', 'recv'),
    EnableAudioCaptureDevice: switcher('EnableAudioCaptureDevice', 'captureDevice'),
    EnableAudioPlayDevice: switcher('EnableAudioPlayDevice', 'playDevice'),
    EnableAudioSend: switcher('EnableAudioSend', 'send'),
    EnableAudioRecv: switcher('EnableAudioRecv', 'recv'),
    SetMicVolume: setVolume('SetMicVolume', 'micVolume'),
    SetSpeakerVolume: setVolume('SetSpeakerVolume', 'speakerVolume'),
    GetMicVolume: getter('GetMicVolume', () => audio.micVolume ?? SIM_VOLUME_NEVER_SET),
    GetSpeakerVolume: getter('GetSpeakerVolume', () => audio.speakerVolume ?? SIM_VOLUME_NEVER_SET),
    GetMicState: getter('GetMicState', () => (audio.captureDevice && audio.send ? 1 : 0)),
    GetSpeakerState: getter('GetSpeakerState', () => (audio.playDevice && audio.recv ? 1 : 0)),
  };
}
