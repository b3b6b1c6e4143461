import type { OperationArgs, OperationData, OperationName, RoomType } from '../operations.js';
import type { CompletionFields } from '../sdk/event-read.js';
import { type Validator, v } from './validate-args.js';

/**
 * What a client remembers from earlier calls, for the recoveries and the operations that depend
 * on one another. Each operation's spec says what it writes here; nothing else does.
 */
export interface CallMemory {
  /** The arguments of the last `init` that succeeded (`reinit` runs it again). */
  init: OperationArgs['init'] | undefined;
  /** The last voice-message auth buffer applied (`reapplyPttAuth` applies it again). */
  pttAuth: string | undefined;
  /** The room type of the last room entered (`reenterRoom` after a failed switch uses it). */
  roomType: RoomType;
  /** The file of the streaming recognition in flight, if any. */
  streamingPath: string | undefined;
}

/** How the client drives one operation: everything operation-specific lives here. */
export interface OperationSpec<Op extends OperationName> {
  /** Checks the argument object; returns the problem (naming field and value) or undefined. */
  readonly validate: Validator;
  /** The event type that completes the operation; undefined when its return value alone answers. */
  readonly eventType: number | undefined;
  /** The value the completion event carries to tell calls apart (file path or id); none for room events. */
  readonly match?: (args: OperationArgs[Op]) => string;
  /**
   * True when, right now, the return value answers instead of the event: stopping a recording
   * while a streaming recognition runs gets no 5001 (the streaming call's 5006 answers).
   */
  readonly answeredByReturn?: (memory: CallMemory) => boolean;
  /** Room operations run one at a time, in call order. */
  readonly serial: boolean;
  /**
   * When given, a call whose key equals that of one queued or in flight (and that has no per-call
   * options) joins it instead of reaching the SDK again.
   */
  readonly joinKey?: (args: OperationArgs[Op]) => string;
  /** The room request each invocation announces to the room tracker. */
  readonly roomRequest?: 'enter' | 'switch' | 'exit';
  /**
   * Needs GME's servers, not the room connection: while the SDK reports its connection down, the
   * policy's `reconnect` settings may hold it (uploads, downloads, speech-to-text).
   */
  readonly holdsForReconnect?: boolean;
  /** Waits for a slot under GME's cap of concurrent speech-to-text requests. */
  readonly limited?: boolean;
  /** Notes what an Ok teaches the client (see {@link CallMemory}). */
  readonly remember?: (memory: CallMemory, args: OperationArgs[Op]) => void;
  /** Runs when an invocation starts; the function it returns runs when that invocation settles. */
  readonly during?: (memory: CallMemory, args: OperationArgs[Op]) => () => void;
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
  /**
   * The Ok data from the arguments and the completion event; undefined when the event lacks a
   * field. Always a new object: the client adds `attempts` and `code` to it.
   */
  readonly data: (
    args: OperationArgs[Op],
    event: CompletionFields | undefined,
    memory: CallMemory,
  ) => OperationData[Op] | undefined;
}

const roomId = v.string('roomId', 1, 127);
const authBuffer = v.secret('authBuffer');
const filePath = v.string('filePath', 1, 4096);
const fileId = v.string('fileId', 1, 4096);

/** Every operation's spec. Timeouts follow GME's documentation where it gives one (room entry: 30 s). */
export const OPERATION_SPECS: { readonly [Op in OperationName]: OperationSpec<Op> } = {
  init: {
    validate: v.object(v.string('appId', 1, 64), v.digits('openId')),
    eventType: undefined,
    serial: false,
    family: 'init',
    idempotent: true,
    timeoutMs: 5_000,
    remember: (m, a) => {
      m.init = a;
    },
    data: (a) => ({ openId: a.openId }),
  },
  enterRoom: {
    validate: v.object(roomId, v.oneOf('roomType', [1, 2, 3]), authBuffer),
    eventType: 1,
    serial: true,
    joinKey: (a) => `${a.roomId}\u0000${a.roomType}\u0000${a.authBuffer}`,
    roomRequest: 'enter',
    remember: (m, a) => {
      m.roomType = a.roomType;
    },
    family: 'room',
    idempotent: true,
    timeoutMs: 30_000,
    data: (a) => ({ roomId: a.roomId, roomType: a.roomType }),
  },
  exitRoom: {
    validate: v.object(),
    eventType: 2,
    serial: true,
    roomRequest: 'exit',
    family: 'room',
    idempotent: true,
    timeoutMs: 10_000,
    data: () => ({}),
  },
  switchRoom: {
    validate: v.object(roomId, authBuffer),
    eventType: 13,
    serial: true,
    roomRequest: 'switch',
    family: 'room',
    idempotent: true,
    timeoutMs: 30_000,
    data: (a) => ({ roomId: a.roomId }),
  },
  applyPttAuthbuffer: {
    validate: v.object(authBuffer),
    eventType: undefined,
    serial: false,
    family: 'voice-message',
    idempotent: true,
    timeoutMs: 5_000,
    remember: (m, a) => {
      m.pttAuth = a.authBuffer;
    },
    data: () => ({}),
  },
  startRecording: {
    validate: v.object(filePath),
    eventType: undefined,
    serial: false,
    family: 'recording',
    idempotent: false,
    timeoutMs: 5_000,
    data: (a) => ({ filePath: a.filePath }),
  },
  stopRecording: {
    validate: v.object(),
    eventType: 5001,
    answeredByReturn: (m) => m.streamingPath !== undefined,
    serial: false,
    family: 'recording',
    idempotent: false,
    timeoutMs: 10_000,
    data: (_a, p, m) => {
      const filePath = p === undefined ? m.streamingPath : p.filePath;
      return filePath === undefined ? undefined : { filePath };
    },
  },
  uploadRecordedFile: {
    validate: v.object(filePath),
    eventType: 5002,
    match: (a) => a.filePath,
    serial: false,
    holdsForReconnect: true,
    family: 'voice-message',
    idempotent: true,
    timeoutMs: 60_000,
    data: (a, p) => (p?.fileId === undefined ? undefined : { filePath: a.filePath, fileId: p.fileId }),
  },
  downloadRecordedFile: {
    validate: v.object(fileId, filePath),
    eventType: 5003,
    match: (a) => a.fileId,
    serial: false,
    holdsForReconnect: true,
    family: 'voice-message',
    idempotent: true,
    timeoutMs: 60_000,
    data: (a) => ({ fileId: a.fileId, filePath: a.filePath }),
  },
  playRecordedFile: {
    validate: v.object(filePath, v.optionalInt('voiceType', 0, 64)),
    eventType: 5004,
    match: (a) => a.filePath,
    serial: false,
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
    eventType: 5005,
    match: (a) => a.fileId,
    serial: false,
    holdsForReconnect: true,
    limited: true,
    family: 'speech',
    idempotent: true,
    timeoutMs: 30_000,
    data: (a, p) => (p?.text === undefined ? undefined : { fileId: a.fileId, text: p.text }),
  },
  startStreamingRecognition: {
    validate: v.object(filePath, v.string('language', 1, 32), v.optionalString('translateLanguage', 1, 32)),
    eventType: 5006,
    match: (a) => a.filePath,
    serial: false,
    during: (m, a) => {
      m.streamingPath = a.filePath;
      return () => {
        if (m.streamingPath === a.filePath) m.streamingPath = undefined;
      };
    },
    family: 'speech',
    idempotent: false,
    // The event comes after the game stops the recording (up to about 60 s), then recognition.
    timeoutMs: 120_000,
    data: (a, p) =>
      p?.text === undefined ? undefined : { filePath: a.filePath, fileId: p.fileId ?? '', text: p.text },
  },
};
