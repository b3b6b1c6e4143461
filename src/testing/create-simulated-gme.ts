import type { SimulatedGmeOptions } from './sim-options.js';
import { createSimulatedCore } from './simulated-core.js';
import { electronFace, type SimulatedGmeContext } from './simulated-electron.js';

/**
 * A simulated GME SDK shaped like gme-electron-sdk's `GmeContext`, for tests and demos: no
 * native binary, deterministic from its seed, with scriptable faults.
 *
 * It models GME's call contract (GME-FACTS §1, §5, §7): each asynchronous call returns a code at
 * once (0 = posted) and its result arrives later as an event — **only inside `Poll()`**, in order,
 * each due `latencyMs` after the call. The rules it follows:
 *
 * - Before `Init` every method returns 1101 (`AV_ERR_CONTEXT_NOT_EXIST`) at once, except
 *   `Poll`, `GetSDKVersion` and `IsRoomEntered` (false). `Init` checks its arguments strictly:
 *   the app id must be a non-empty string and the open id a numeric string greater than 10000
 *   (an Int64, as GME documents), else 1004. A second `Init` returns 0 and changes nothing.
 *   `Uninit` forgets the session: room, PTT auth, recording and pending events (no events).
 * - `EnterRoom`: room id 1–127 characters, room type 1–3, a non-empty auth buffer, else 1004 at
 *   once; 1001 while an entry is in progress, 1002 while exiting or switching. In that room
 *   already: ENTER_ROOM with 1003; in another room: ENTER_ROOM with 7007.
 * - `ExitRoom`: EXIT_ROOM with 0 (with 1003 when in no room); 1001 while exiting, 1002 while
 *   entering or switching.
 * - `SwitchRoom` (only with `switchRoom: true`): **1201 (`AV_ERR_ROOM_NOT_EXIST`) at once when
 *   in no room**; then SWITCH_ROOM (13) with 0 and the new room. A scripted 2002 leaves every
 *   room; 2001 or any other failure stays in the old room.
 * - Voice messages: start -> stop -> RECORD_COMPLETE (5001, `file_path`) -> next start. Starting
 *   while recording: 4099; while a streaming recording runs: 32786. Stopping with nothing
 *   recording: 4104. A recording under 1000 ms completes with 4103. Without `ApplyPTTAuthbuffer`,
 *   upload/download/speech-to-text complete with 8200/12297/32774. Uploading a path never
 *   recorded or downloaded: 8193. Downloading or transcribing an id that is neither minted here
 *   nor URL-like: 12292/32784. Playing an unknown path: 20484. `PttStopPlayFile` makes pending
 *   PLAY_COMPLETE events due at once (20485 when nothing plays).
 * - **Speech-to-text beyond `speechToTextLimit` concurrent requests is posted and answered with
 *   32785 (`QAVPTTERROR_S2T_AUTO_SPEECH_REC_ERROR`)**: the recognition service refuses it.
 * - Streaming recognition reports 5007 every 500 ms while recording and 5006 (`file_path`,
 *   `file_id`, `text`) after stop.
 * - Audio controls (GME's real-time audio methods, answered by their return value): `EnableMic`
 *   switches the capture device and the upstream together, `EnableSpeaker` the play device and
 *   the downstream; `EnableAudioCaptureDevice`, `EnableAudioPlayDevice`, `EnableAudioSend` and
 *   `EnableAudioRecv` one each (a boolean, else 1004). `SetMicVolume` / `SetSpeakerVolume` take an
 *   integer from 0 to 200; `GetMicVolume` / `GetSpeakerVolume` answer it, or 101 until it was set
 *   (GME's convention); `GetMicState` / `GetSpeakerState` answer 1 when both halves are on, else
 *   0. All answer 1101 before `Init`; `Uninit` turns everything off again.
 * - Invalid arguments of other methods: 1004 at once.
 *
 * @example
 * import { createSimulatedGme } from 'gme-result/testing';
 * import { createGmeClient, fromElectron } from 'gme-result';
 * const sim = createSimulatedGme({ seed: 42, latencyMs: 0 });
 * sim.control.script('EnterRoom', [{ event: 7004 }, { event: 0 }]);
 * const gme = createGmeClient({ sdk: fromElectron(sim) });
 */
export function createSimulatedGme(options?: SimulatedGmeOptions): SimulatedGmeContext {
  return electronFace(createSimulatedCore(options, 'native'));
}
