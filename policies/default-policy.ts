import { fail, recover, retry, succeed } from '../src/policy/actions.js';
import { definePolicy, type Policy } from '../src/policy/define-policy.js';
import { registerPolicyPreset } from '../src/policy/preset-registry.js';

const transient = (reason: string, maxAttempts = 3) =>
  retry({ maxAttempts, baseDelayMs: 200, maxDelayMs: 5000, jitter: 'full', reason });
const never = (reason: string) => fail({ reason });

const SETUP = 'A setup or logic problem on this device: the same call would fail again.';
const NO_INVITES = 'The invitation feature was only a demo and is not available: nothing to retry.';
const ACCOMPANIMENT =
  'Accompaniment file, format, memory or state problem: calling again gives the same answer.';
const EFFECT = 'Sound-effect file, format, memory or state problem: calling again gives the same answer.';
const CHAT_RECORDING =
  'Voice-chat recording file, format, memory or state problem: calling again gives the same answer.';
const PTT_AUTH =
  'Voice-message auth missing or rejected: apply the PTT auth buffer again, then call once more.';
const KEEP_RECORDING =
  'Recognition failed but the recording is kept: upload it if needed and call speechToText instead.';

/** The `reconnect` settings of {@link defaultPolicy}. */
const DEFAULT_POLICY_RECONNECT = { hold: 'calls', maxHoldMs: 60_000 } as const;

/**
 * The policy a client uses unless told otherwise. It names a decision and a one-line reason for
 * every code of the catalog (both table generations), following GME's advice per code:
 * - retry (3 invocations, 200 ms base, 5 s cap, full jitter) network and server trouble: 7004,
 *   1005, 10001, 10004, 10005, 10008, the voice-message transfer codes 8195–8198, 12291–12295,
 *   32770, 32772 (12292 and 32769 get 2 invocations: they are less often transient);
 * - succeed on 1003 ("already in that state"), and on 7015 for `init` only (a warning there);
 * - recover: 1001/1002/32786 wait for the running operation, 1101 runs Init again, the
 *   voice-message auth codes apply the PTT auth buffer again, 7006 refreshes the auth buffer for
 *   `enterRoom`/`switchRoom`, 2002 re-enters the target room after a failed `switchRoom`;
 * - fail fast on everything else: billing (7005), disabled services (7012, 7022), permissions
 *   (4102), user errors (4103, 1004), cancellation (7013), 2001 (still in the old room), 7007
 *   (`exitThenEnter` is opt-in), and every other non-transient code.
 * The retry budget (10 tokens, 3 at start, 0.2 back per success) and the breaker (3 failures,
 * 5 s) are the library defaults. While the SDK reports its connection is down (RECONNECT_START,
 * or ROOM_DISCONNECT until the room is back), uploads, downloads and speech-to-text wait for it
 * instead of reaching a backend the SDK cannot reach — new calls before their first attempt, and
 * retryable failures instead of their retry — for at most `maxHoldMs`, and when it is back they go
 * one at a time until one has succeeded (`reconnect` below, see `HoldMode`; the numbers were
 * chosen with the fleet simulation, see BENCHMARKS.md).
 *
 * @example
 * import { createGmeClient, definePolicy, retry } from 'gme-result';
 * import { defaultPolicy } from 'gme-result/policies';
 * const policy = definePolicy({ extends: defaultPolicy, codes: { 7004: retry({ maxAttempts: 5 }) } });
 */
export const defaultPolicy: Policy = definePolicy({
  codes: {
    // General
    7002: never(
      'The 3D voice resource files are missing or damaged: repackage them; a retry cannot fix files.',
    ),
    7003: never('3D voice was used before InitSpatializer succeeded: fix the call order.'),
    7004: transient('A network request failed, usually for a moment: retry with a capped, jittered backoff.'),
    7005: never('The account has overdue payments: no retry can succeed; tell the developer.'),
    7006: never('Authentication failed: a blind retry with the same auth buffer cannot succeed.'),
    7007: never(
      "Already in another room: exit it first (recover('exitThenEnter') is available as an opt-in).",
    ),
    7009: never('Permission refused: the player or the console must grant it first.'),
    7010: never('A file the SDK needs cannot be accessed: fix the path or the file.'),
    7011: never('A file is corrupted: replace it; reading it again gives the same result.'),
    7012: never('The service is not enabled in the console: fail fast and tell the developer.'),
    7013: never('The operation was cancelled: end the call at once.'),
    7014: never('An SDK library failed to load: the app package must be fixed.'),
    7015: never('The SDK files come from different releases: replace them all (only a warning for init).'),
    7018: never('Mute-switch detection failed: it works on iOS only; a retry does not change the platform.'),
    7022: never('Voice messages and speech-to-text are not enabled in the console: fail fast.'),
    // Client
    1001: recover('awaitInFlight', {
      reason: 'The same operation is already running: wait for it and use its outcome.',
    }),
    1002: recover('awaitInFlight', {
      reason: 'An operation of this kind is running: wait for it to finish, then call again.',
    }),
    1003: succeed({ reason: 'Already in the requested state: the goal of the call is met.' }),
    1004: never('Invalid argument: the unchanged call will fail again.'),
    1005: transient(
      'No result in time, mostly a network issue: call again with backoff, within the deadline.',
    ),
    1006: never('Not supported by this SDK: calling again gives the same result.'),
    1007: never('Called from the wrong thread: calling again from the same place fails the same way.'),
    1008: never(
      'A device is held by something else: the game must release it; waiting blindly rarely helps.',
    ),
    1101: recover('reinit', {
      reason:
        'The SDK context is not started: the client runs init again with its last arguments, then calls once more.',
    }),
    1102: never(SETUP),
    1201: never('Not in a room: enter one before using room features.'),
    1202: never('Still in a room: exit it and wait for the exit event first.'),
    1301: never('The audio device is missing or not ready: a retry cannot create it.'),
    1401: never('Legacy endpoint query before the member started sending: a call-order problem.'),
    1402: never('Legacy video query for a member without video: a call-order problem.'),
    1501: never('Legacy IM id mapping failed: check the IM login and logs; not fixed by retrying here.'),
    1502: never('Legacy open id mapping failed: make sure the IM login succeeded first.'),
    1601: never(SETUP),
    1602: never(SETUP),
    1801: never(NO_INVITES),
    1802: never(NO_INVITES),
    1803: never(NO_INVITES),
    2001: never('The switch failed but the user is still in the old room: stay there, switch again later.'),
    2002: never('The switch failed and the old room was left: only switchRoom re-enters automatically.'),
    // Server
    10001: transient('A general server failure: GME advises calling again, with backoff.'),
    10002: never('The server rejected a parameter: the same request will be rejected again.'),
    10003: never('Permission denied or (2023) removed from the room: never re-enter automatically.'),
    10004: transient(
      'The server did not answer in time (2023: room address request failed): retry with backoff.',
    ),
    10005: transient(
      'The server could not allocate the room (2023: connect failed): usually transient, retry.',
    ),
    10006: never('The server says the user is not in the room: a call-order problem.'),
    10007: never('The server does not implement this feature: retrying will not help.'),
    10008: transient('The server is still handling the same kind of request: retry after a short backoff.'),
    10009: never('The room does not exist on the server: enter it first.'),
    10010: never('The server does not know this member: check the member id.'),
    10011: never('The server rejected the capability: read the backend code in the log.'),
    // Voice messages: recorder
    4097: never('Empty recording parameter: pass a valid file path.'),
    4098: never('The recorder could not start (microphone busy or no permission): the player must act.'),
    4099: never('A recording is already running: stop it first; waiting could take up to a minute.'),
    4100: never('No audio was captured: check the microphone; the same recording would be empty again.'),
    4101: never('The recording file cannot be opened: use a writable path.'),
    4102: never('No microphone permission: ask the player; never retry.'),
    4103: never('The recording was shorter than 1 s: ask the player to hold longer; never retry.'),
    4104: never('Stop without a started recording: a call-order problem.'),
    // Upload
    8193: never('The file to upload cannot be read: upload the recorded path.'),
    8194: recover('reapplyPttAuth', { reason: PTT_AUTH }),
    8195: transient('Uploading to cloud storage failed, usually for a moment: retry with backoff.'),
    8196: transient('Fetching the upload credentials failed on the network: retry with backoff.'),
    8197: transient('The upload parameters came back empty: mostly transient, retry with backoff.'),
    8198: transient('The upload parameters could not be decoded: retry with backoff.'),
    8200: recover('reapplyPttAuth', { reason: PTT_AUTH }),
    // Download
    12289: never('The downloaded file cannot be written: use a writable path.'),
    12290: recover('reapplyPttAuth', { reason: PTT_AUTH }),
    12291: transient('Fetching the file from cloud storage failed: usually transient, retry with backoff.'),
    12292: transient(
      'The remote file could not be read: retry once; an expired file (90 days) never comes back.',
      2,
    ),
    12293: transient('Fetching the download credentials failed on the network: retry with backoff.'),
    12294: transient('The download parameters came back empty: retry with backoff.'),
    12295: transient('The download parameters could not be decoded: retry with backoff.'),
    12297: recover('reapplyPttAuth', { reason: PTT_AUTH }),
    // Player
    20481: never('The player could not start (device or permission): the player or game must act.'),
    20482: never('Switching to the next file during playback failed: stop playback first.'),
    20483: never('Empty playback parameter: pass an existing file path.'),
    20484: never('The file cannot be opened for playback: download it first or fix the path.'),
    20485: never('Playback did not start: check the file and path.'),
    20486: never('The voice file is empty: record or download it again.'),
    20487: never('The voice file cannot be read: play only files made by GME.'),
    20488: never('The playback device could not start: check the speaker or headset.'),
    20489: never(
      'Playback failed internally: playing again is audible, so the game decides, not the policy.',
    ),
    // Speech-to-text
    32769: transient('An internal speech-to-text error: one more try after a backoff, then report it.', 2),
    32770: transient('Speech-to-text failed on the network: transient, retry with backoff.'),
    32772: transient('The speech-to-text reply could not be parsed: retry with backoff.'),
    32774: recover('reapplyPttAuth', { reason: PTT_AUTH }),
    32776: recover('reapplyPttAuth', { reason: PTT_AUTH }),
    32784: never('Empty speech-to-text parameter: pass the file id from a successful upload.'),
    32785: never('The recognition service returned an error: read the backend code; a retry rarely helps.'),
    32787: never('Translation is not available for this account: call without a translation language.'),
    32788: never('The translation language is not supported: pass a supported language code.'),
    // Streaming recognition
    32775: never(KEEP_RECORDING),
    32777: never(
      'Recognition failed but the file was recorded and uploaded: call speechToText on its file id.',
    ),
    32786: recover('awaitInFlight', {
      reason: 'A streaming recognition is running: wait for its completion event.',
    }),
    50012: never(KEEP_RECORDING),
    327698: never(KEEP_RECORDING),
    // Accompaniment (2023 table)
    4001: never(ACCOMPANIMENT),
    4002: never(ACCOMPANIMENT),
    4003: never(ACCOMPANIMENT),
    4004: never(ACCOMPANIMENT),
    4005: never(ACCOMPANIMENT),
    4006: never(ACCOMPANIMENT),
    4007: never(ACCOMPANIMENT),
    4008: never(ACCOMPANIMENT),
    4009: never(ACCOMPANIMENT),
    4010: never(ACCOMPANIMENT),
    4011: never(ACCOMPANIMENT),
    4012: never(ACCOMPANIMENT),
    // Sound effects (2023 table)
    4051: never(EFFECT),
    4052: never(EFFECT),
    4053: never(EFFECT),
    4054: never(EFFECT),
    4055: never(EFFECT),
    4056: never(EFFECT),
    4057: never(EFFECT),
    // Voice-chat recording (2023 table)
    5001: never(CHAT_RECORDING),
    5002: never(CHAT_RECORDING),
    5003: never(CHAT_RECORDING),
    5004: never(CHAT_RECORDING),
    5005: never(CHAT_RECORDING),
    5006: never(CHAT_RECORDING),
    5007: never(CHAT_RECORDING),
  },
  operations: {
    init: {
      7015: succeed({
        reason:
          'After Init, mismatched SDK files are only a warning: GME says to ignore it in release builds.',
      }),
      1101: never(
        'Init itself reported an unstarted context: running Init again would repeat the same call.',
      ),
    },
    enterRoom: {
      7006: recover('refreshAuth', {
        reason: 'The room auth buffer was rejected: get a new one from auth.refresh and enter once more.',
      }),
    },
    switchRoom: {
      7006: recover('refreshAuth', {
        reason: 'The room auth buffer was rejected: get a new one from auth.refresh and switch once more.',
      }),
      2002: recover('reenterRoom', {
        reason: 'The switch failed and the old room was left: enter the target room again.',
      }),
    },
  },
  default: fail({ reason: 'A code no rule names (not in the catalog): fail fast rather than guess.' }),
  reconnect: DEFAULT_POLICY_RECONNECT,
});

registerPolicyPreset('default', defaultPolicy);
