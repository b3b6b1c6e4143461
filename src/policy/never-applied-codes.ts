/**
 * Codes that mean GME refused the request before it took effect, so calling again cannot apply it
 * twice. For an operation marked non-idempotent (starting or stopping a recording, playing a
 * message, a streaming recognition: running them twice is audible or loses the recording), a
 * `retry` rule applies only to these codes; any other retry rule is treated as `fail` there.
 * Uploads, downloads and speech-to-text requests count as idempotent: a repeat costs at most a
 * second file id or a second recognition, and GME advises calling again after their transfer
 * failures. Recoveries are not limited by this set: each named recovery
 * is for a request that was refused (auth, context, in-flight work).
 *
 * - 1001 `AV_ERR_REPEATED_OPERATION`, 1002 `AV_ERR_EXCLUSIVE_OPERATION`: refused at once because an
 *   operation of that kind was running; this request never started.
 * - 1008 `AV_ERR_RESOURCE_IS_OCCUPIED`: refused because a device was busy; nothing was sent.
 * - 4099 `…RECORDER_RECORDING_ERR`: a recording was already running; this start was refused.
 * - 8196 `…UPLOAD_GET_TOKEN_NETWORK_FAIL`, 8197 `…UPLOAD_SYSTEM_INNER_ERROR`,
 *   8198 `…UPLOAD_RSP_DATA_DECODE_FAIL`: failed while fetching the upload parameters, before
 *   any byte of the file was sent.
 * - 10005 `AV_ERR_SERVER_ALLOC_RESOURCE_FAILED` (2023: "connect room failed"): no room resource
 *   was allocated, so the entry did not happen.
 * - 10008 `AV_ERR_SERVER_REPEATED_OPERATION`: the server refused it as a duplicate of a running one.
 * - 12293, 12294, 12295 (`…DOWNLOAD_GET_SIGN_…`): failed while fetching the download signature,
 *   before the download started.
 * - 32786 `…VOICE_STREAMIN_RUNING_ERROR`: a streaming recognition was running; this one was refused.
 *
 * Deliberately absent: 1005 and 10004 (timeouts: the request may have been applied and only the
 * answer lost), 7004 and 10001 (a failed network request or a generic server failure may have
 * reached the server), 8195 (the upload itself failed part-way), 32770/32772 (the speech-to-text
 * request may have been processed and billed; 32772 means an answer came back but was unreadable),
 * and deterministic refusals such as 1004 or 7006, which no retry can fix.
 *
 * @example
 * import { NEVER_APPLIED_CODES } from 'gme-result';
 * NEVER_APPLIED_CODES.has(8196); // true: safe to retry an upload
 * NEVER_APPLIED_CODES.has(1005); // false: the upload may have happened
 */
export const NEVER_APPLIED_CODES: ReadonlySet<number> = readOnlySet([
  1001, 1002, 1008, 4099, 8196, 8197, 8198, 10005, 10008, 12293, 12294, 12295, 32786,
]);

function readOnlySet(values: readonly number[]): ReadonlySet<number> {
  const set = new Set(values);
  for (const method of ['add', 'delete', 'clear']) {
    Object.defineProperty(set, method, {
      value: () => {
        throw new TypeError('NEVER_APPLIED_CODES is read-only.');
      },
    });
  }
  return Object.freeze(set);
}
