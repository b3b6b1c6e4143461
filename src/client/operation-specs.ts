import type { OperationArgs, OperationData, OperationName } from '../operations.js';
import { completionKey } from '../sdk/event-bridge.js';
import type { ParsedPayload } from '../sdk/parse-payload.js';
import { type Validator, v } from './validate-args.js';

/** How the client drives one operation. */
export interface OperationSpec<Op extends OperationName> {
  /** Checks the argument object; returns the problem (naming field and value) or undefined. */
  readonly validate: Validator;
  /** Correlation key of the completion event; undefined when the return value alone answers. */
  readonly key: (args: OperationArgs[Op]) => string | undefined;
  /** Event type that completes the operation (for `awaitInFlight`), if any. */
  readonly eventType: number | undefined;
  /** Breaker family: operations that share a backend path fail together. */
  readonly family: 'init' | 'room' | 'recording' | 'voice-message' | 'speech';
  /**
   * Safe to run twice? Non-idempotent operations are retried only for never-applied codes. Uploads,
   * downloads and speech-to-text are treated as idempotent (a repeat costs a second file id or a
   * second recognition; GME advises calling again after transfer failures); recording, playing
   * and streaming are not (a repeat is audible or loses the recording).
   */
  readonly idempotent: boolean;
  /** How long one invocation waits for its event. */
  readonly timeoutMs: number;
  /** The Ok data from the arguments and the completion payload; undefined when the payload lacks a field. */
  readonly data: (
    args: OperationArgs[Op],
    payload: ParsedPayload | undefined,
  ) => OperationData[Op] | undefined;
}

const EMPTY: Readonly<Record<string, never>> = Object.freeze({});
const roomId = v.string('roomId', 1, 127);
const authBuffer = v.secret('authBuffer');
const filePath = v.string('filePath', 1, 4096);
const fileId = v.string('fileId', 1, 4096);

/** Every operation's spec. Timeouts follow GME's documentation where it gives one (room entry: 30 s). */
export const OPERATION_SPECS: { readonly [Op in OperationName]: OperationSpec<Op> } = {
  init: {
    validate: v.object(v.string('appId', 1, 64), v.digits('openId')),
    key: () => undefined,
    eventType: undefined,
    family: 'init',
    idempotent: true,
    timeoutMs: 5_000,
    data: (a) => ({ openId: a.openId }),
  },
  enterRoom: {
    validate: v.object(roomId, v.oneOf('roomType', [1, 2, 3]), authBuffer),
    key: () => completionKey(1),
    eventType: 1,
    family: 'room',
    idempotent: true,
    timeoutMs: 30_000,
    data: (a) => ({ roomId: a.roomId, roomType: a.roomType }),
  },
  exitRoom: {
    validate: v.object(),
    key: () => completionKey(2),
    eventType: 2,
    family: 'room',
    idempotent: true,
    timeoutMs: 10_000,
    data: () => EMPTY,
  },
  switchRoom: {
    validate: v.object(roomId, authBuffer),
    key: () => completionKey(13),
    eventType: 13,
    family: 'room',
    idempotent: true,
    timeoutMs: 30_000,
    data: (a) => ({ roomId: a.roomId }),
  },
  applyPttAuthbuffer: {
    validate: v.object(authBuffer),
    key: () => undefined,
    eventType: undefined,
    family: 'voice-message',
    idempotent: true,
    timeoutMs: 5_000,
    data: () => EMPTY,
  },
  startRecording: {
    validate: v.object(filePath),
    key: () => undefined,
    eventType: undefined,
    family: 'recording',
    idempotent: false,
    timeoutMs: 5_000,
    data: (a) => ({ filePath: a.filePath }),
  },
  stopRecording: {
    validate: v.object(),
    key: () => completionKey(5001),
    eventType: 5001,
    family: 'recording',
    idempotent: false,
    timeoutMs: 10_000,
    data: (_a, p) => (p?.filePath === undefined ? undefined : { filePath: p.filePath }),
  },
  uploadRecordedFile: {
    validate: v.object(filePath),
    key: (a) => completionKey(5002, a.filePath),
    eventType: 5002,
    family: 'voice-message',
    idempotent: true,
    timeoutMs: 60_000,
    data: (a, p) => (p?.fileId === undefined ? undefined : { filePath: a.filePath, fileId: p.fileId }),
  },
  downloadRecordedFile: {
    validate: v.object(fileId, filePath),
    key: (a) => completionKey(5003, a.fileId),
    eventType: 5003,
    family: 'voice-message',
    idempotent: true,
    timeoutMs: 60_000,
    data: (a) => ({ fileId: a.fileId, filePath: a.filePath }),
  },
  playRecordedFile: {
    validate: v.object(filePath, v.optionalInt('voiceType', 0, 64)),
    key: (a) => completionKey(5004, a.filePath),
    eventType: 5004,
    family: 'recording',
    idempotent: false,
    // A voice message lasts up to about 60 s and the event comes when playback ends.
    timeoutMs: 120_000,
    data: (a) => ({ filePath: a.filePath }),
  },
  speechToText: {
    validate: v.object(
      fileId,
      v.optionalString('language', 1, 32),
      v.optionalString('translateLanguage', 1, 32),
    ),
    key: (a) => completionKey(5005, a.fileId),
    eventType: 5005,
    family: 'speech',
    idempotent: true,
    timeoutMs: 30_000,
    data: (a, p) => (p?.text === undefined ? undefined : { fileId: a.fileId, text: p.text }),
  },
  startStreamingRecognition: {
    validate: v.object(filePath, v.string('language', 1, 32), v.optionalString('translateLanguage', 1, 32)),
    key: (a) => completionKey(5006, a.filePath),
    eventType: 5006,
    family: 'speech',
    idempotent: false,
    // The event comes after the game stops the recording (up to about 60 s), then recognition.
    timeoutMs: 120_000,
    data: (a, p) =>
      p?.text === undefined ? undefined : { filePath: a.filePath, fileId: p.fileId ?? '', text: p.text },
  },
};
