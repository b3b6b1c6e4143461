import { SIM_CODES, SIM_EVENTS } from './sim-constants.js';
import { errorInfo, isText, type SimEngine, type SimPosted, type SimRecording } from './sim-engine.js';

const C = SIM_CODES;
const E = SIM_EVENTS;
const MIN_RECORDING_MS = 1000;
/** How often a streaming recording reports progress (5007). */
export const STREAMING_TICK_MS = 500;
const MAX_VOICE_TYPE = 12;

/**
 * Whether a streaming stop keeps the local recording: yes unless the recorder itself failed
 * (4097-4104, e.g. 4103 too short). Success (0) and recognition or network failures leave the
 * file on disk.
 */
const recordingKept = (result: number): boolean => result < 4097 || result > 4104;
/** Codes of a streaming stop after which the upload is done too. */
const UPLOAD_KEPT: ReadonlySet<number> = new Set([
  C.AV_OK,
  C.QAVPTTERROR_STREAMIN_UPLOADANDRECORD_SUC_REC_FAIL,
]);

/** A file id this simulator did not mint, but which looks like one (another player's upload). */
const isForeignFileId = (id: string): boolean => /^https?:\/\//.test(id);

/** Voice-message methods of the simulated SDK (PascalCase names). */
export function voiceMethods(engine: SimEngine) {
  const w = engine.world;
  const t = engine.options.transcripts;
  const known = (fileId: string): boolean => w.uploads.has(fileId) || isForeignFileId(fileId);
  const busy = (): number | undefined => {
    if (w.current?.streaming === true) return C.QAVPTTERROR_ERR_VOICE_STREAMIN_RUNING_ERROR;
    if (w.recording !== 'idle') return C.QAVPTTERROR_RECORDER_RECORDING_ERR;
    return undefined;
  };
  const start = (filePath: string, streaming: boolean): number => {
    const rec: SimRecording = {
      filePath,
      startedAt: engine.now(),
      streaming,
      // Stryker disable next-line StringLiteral: only a streaming recording's transcript is ever read
      transcript: streaming ? t({ filePath }) : '',
    };
    w.current = rec;
    w.recording = streaming ? 'streaming' : 'recording';
    if (streaming) tick(rec, 1);
    return C.AV_OK;
  };
  /** Queues progress `n` of streaming recording `rec`, delivered only while `rec` is still the one streaming. */
  const tick = (rec: SimRecording, n: number): void => {
    const words = rec.transcript.split(' ');
    engine.queue({
      due: engine.now() + STREAMING_TICK_MS,
      type: E.ITMG_MAIN_EVNET_TYPE_PTT_STREAMINGRECOGNITION_IS_RUNNING,
      payload: { result: C.AV_OK, file_path: rec.filePath, text: words.slice(0, n).join(' '), file_id: '' },
      raw: false,
      // Stryker disable next-line BooleanLiteral: only native surfaces have voice messages, and they never translate
      translate: true,
      live: () => w.recording === 'streaming' && w.current === rec,
      apply: () => tick(rec, n + 1),
    });
  };
  const notInited = (): number | undefined => (w.inited ? undefined : C.AV_ERR_CONTEXT_NOT_EXIST);

  return {
    ApplyPTTAuthbuffer: (authBuffer: unknown): unknown =>
      engine.sync('ApplyPTTAuthbuffer', () => {
        if (!w.inited) return C.AV_ERR_CONTEXT_NOT_EXIST;
        if (!isText(authBuffer)) return C.AV_ERR_INVALID_ARGUMENT;
        w.pttAuthApplied = true;
        return C.AV_OK;
      }),

    PttStartRecording: (filePath: unknown): unknown =>
      engine.sync(
        'PttStartRecording',
        () =>
          notInited() ?? (isText(filePath) ? (busy() ?? start(filePath, false)) : C.AV_ERR_INVALID_ARGUMENT),
      ),

    PttStartRecordingWithStreamingRecognition: (
      filePath: unknown,
      language: unknown,
      translate: unknown,
    ): unknown =>
      engine.sync('PttStartRecordingWithStreamingRecognition', () => {
        if (!w.inited) return C.AV_ERR_CONTEXT_NOT_EXIST;
        if (!isText(filePath) || !isText(language) || typeof translate !== 'string')
          return C.AV_ERR_INVALID_ARGUMENT;
        return busy() ?? start(filePath, true);
      }),

    PttCancelRecording: (): unknown =>
      engine.sync('PttCancelRecording', () => {
        if (!w.inited) return C.AV_ERR_CONTEXT_NOT_EXIST;
        if (w.recording !== 'recording' && w.recording !== 'streaming')
          return C.QAVPTTERROR_RECORDER_RECORD_NOT_START;
        w.recording = 'idle';
        w.current = undefined;
        return C.AV_OK;
      }),

    PttStopRecording: (): unknown =>
      engine.evented(
        'PttStopRecording',
        () =>
          notInited() ??
          (w.recording === 'recording' || w.recording === 'streaming'
            ? undefined
            : C.QAVPTTERROR_RECORDER_RECORD_NOT_START),
        (): SimPosted => {
          const rec = w.current;
          const filePath = rec?.filePath ?? '';
          const length = engine.options.recordingMs ?? (rec === undefined ? 0 : engine.now() - rec.startedAt);
          const streaming = rec?.streaming === true;
          // Stryker disable next-line StringLiteral: a plain recording's file id is never read
          const fileId = streaming ? engine.mintFileId() : '';
          const tooShort = length < MIN_RECORDING_MS;
          const finish = (result: number): void => {
            if (w.current === rec) {
              w.recording = 'idle';
              w.current = undefined;
            }
            if (rec === undefined) return;
            if (streaming ? recordingKept(result) : result === C.AV_OK) w.files.add(filePath);
            if (streaming && UPLOAD_KEPT.has(result)) w.uploads.set(fileId, filePath);
          };
          const begin = (): void => {
            if (rec !== undefined) w.recording = 'stopping';
          };
          if (!streaming) {
            return {
              type: E.ITMG_MAIN_EVNET_TYPE_PTT_RECORD_COMPLETE,
              result: tooShort ? C.QAVPTTERROR_RECORDER_AUDIO_TOO_SHORT : C.AV_OK,
              payload: (result) => ({ result, file_path: filePath }),
              begin,
              finish,
            };
          }
          const text = rec.transcript;
          return {
            type: E.ITMG_MAIN_EVNET_TYPE_PTT_STREAMINGRECOGNITION_COMPLETE,
            result: tooShort
              ? C.QAVPTTERROR_RECORDER_AUDIO_TOO_SHORT
              : w.pttAuthApplied
                ? C.AV_OK
                : C.QAVPTTERROR_S2T_APPINFO_UNSET,
            payload: (result) => ({
              result,
              error_info: errorInfo(result),
              file_path: filePath,
              file_id: UPLOAD_KEPT.has(result) ? fileId : '',
              text: result === C.AV_OK ? text : '',
            }),
            begin,
            finish,
          };
        },
      ),

    PttUploadRecordedFile: (filePath: unknown): unknown =>
      engine.evented(
        'PttUploadRecordedFile',
        () => notInited() ?? (isText(filePath) ? undefined : C.AV_ERR_INVALID_ARGUMENT),
        (): SimPosted => {
          const path = String(filePath);
          const fileId = engine.mintFileId();
          return {
            type: E.ITMG_MAIN_EVNET_TYPE_PTT_UPLOAD_COMPLETE,
            result: !w.pttAuthApplied
              ? C.QAVPTTERROR_UPLOAD_APPINFO_UNSET
              : w.files.has(path)
                ? C.AV_OK
                : C.QAVPTTERROR_UPLOAD_FILE_ACCESSERROR,
            payload: (result) => ({ result, file_path: path, file_id: result === C.AV_OK ? fileId : '' }),
            finish: (result) => {
              if (result === C.AV_OK) w.uploads.set(fileId, path);
            },
          };
        },
      ),

    PttDownloadRecordedFile: (fileId: unknown, filePath: unknown): unknown =>
      engine.evented(
        'PttDownloadRecordedFile',
        () => notInited() ?? (isText(fileId) && isText(filePath) ? undefined : C.AV_ERR_INVALID_ARGUMENT),
        (): SimPosted => {
          const id = String(fileId);
          const path = String(filePath);
          return {
            type: E.ITMG_MAIN_EVNET_TYPE_PTT_DOWNLOAD_COMPLETE,
            result: !w.pttAuthApplied
              ? C.QAVPTTERROR_DOWNLOAD_APPINFO_UNSET
              : known(id)
                ? C.AV_OK
                : C.QAVPTTERROR_DOWNLOAD_REMOTEFILE_ACCESSERROR,
            payload: (result) => ({ result, file_path: path, file_id: id }),
            finish: (result) => {
              if (result === C.AV_OK) w.files.add(path);
            },
          };
        },
      ),

    PttPlayRecordedFile: (filePath: unknown, voiceType: unknown): unknown =>
      engine.evented(
        'PttPlayRecordedFile',
        () => {
          if (!w.inited) return C.AV_ERR_CONTEXT_NOT_EXIST;
          const typeOk =
            Number.isInteger(voiceType) &&
            (voiceType as number) >= 0 &&
            (voiceType as number) <= MAX_VOICE_TYPE;
          return isText(filePath) && typeOk ? undefined : C.AV_ERR_INVALID_ARGUMENT;
        },
        (): SimPosted => {
          const path = String(filePath);
          return {
            type: E.ITMG_MAIN_EVNET_TYPE_PTT_PLAY_COMPLETE,
            result: w.files.has(path) ? C.AV_OK : C.QAVPTTERROR_PLAYER_OPENFILE_ERR,
            payload: (result) => ({ result, file_path: path }),
            begin: () => {
              w.playing++;
            },
            finish: () => {
              w.playing = Math.max(0, w.playing - 1);
            },
            tag: 'play',
          };
        },
      ),

    PttStopPlayFile: (): unknown =>
      engine.sync('PttStopPlayFile', () => {
        if (!w.inited) return C.AV_ERR_CONTEXT_NOT_EXIST;
        if (w.playing === 0) return C.QAVPTTERROR_PLAYER_PLAYER_NOT_START_ERR;
        // Stopping ends playback now: the pending PLAY_COMPLETE events become due at once.
        engine.scheduler.expedite('play');
        return C.AV_OK;
      }),

    PttSpeechToText: (fileId: unknown, language: unknown, translate: unknown): unknown =>
      engine.evented(
        'PttSpeechToText',
        () =>
          notInited() ??
          (isText(fileId) && isText(language) && typeof translate === 'string'
            ? undefined
            : C.AV_ERR_INVALID_ARGUMENT),
        (): SimPosted => {
          const id = String(fileId);
          const filePath = w.uploads.get(id);
          const result = !w.pttAuthApplied
            ? C.QAVPTTERROR_S2T_APPINFO_UNSET
            : w.speechToTextInFlight >= engine.options.speechToTextLimit
              ? C.QAVPTTERROR_S2T_AUTO_SPEECH_REC_ERROR
              : known(id)
                ? C.AV_OK
                : C.QAVPTTERROR_S2T_PARAM_NULL;
          const text = (): string => t(filePath === undefined ? { fileId: id } : { filePath, fileId: id });
          return {
            type: E.ITMG_MAIN_EVNET_TYPE_PTT_SPEECH2TEXT_COMPLETE,
            result,
            payload: (r) => ({
              result: r,
              error_info: errorInfo(r),
              text: r === C.AV_OK ? text() : '',
              file_id: id,
            }),
            begin: () => {
              w.speechToTextInFlight++;
              w.maxConcurrentSpeechToText = Math.max(w.maxConcurrentSpeechToText, w.speechToTextInFlight);
            },
            finish: () => {
              w.speechToTextInFlight = Math.max(0, w.speechToTextInFlight - 1);
            },
          };
        },
      ),
  };
}
