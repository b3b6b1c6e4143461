import { SIM_CODES, SIM_EVENTS, SIM_SDK_VERSION } from './sim-constants.js';
import { errorInfo, idleAudio, isText, type SimEngine, type SimPosted } from './sim-engine.js';
import { isTime, show } from './sim-options.js';

const C = SIM_CODES;
const MAX_ROOM_ID = 127;
const INT64_MAX = 9_223_372_036_854_775_807n;

/** Options of `control.disconnect`. */
export interface DisconnectOptions {
  /** When the SDK reports RECONNECT_SUCCESS (or ROOM_DISCONNECT when giving up). @default 1000 */
  readonly reconnectAfterMs?: number;
  /** Give up instead: ROOM_DISCONNECT, and the room is left. @default false */
  readonly giveUp?: boolean;
  /** The ROOM_DISCONNECT result when giving up. @default 1005 (AV_ERR_TIMEOUT) */
  readonly code?: number;
}

/** Leaves the room at once (no event): the state after EXIT_ROOM, ROOM_DISCONNECT or a failed switch. */
function leaveRoom(engine: SimEngine): void {
  const w = engine.world;
  w.room = 'idle';
  w.roomId = null;
  w.roomType = null;
  w.connection = 'connected';
  w.roomSession++;
}

/** Open ids are Int64 values sent as strings, documented as greater than 10000. */
function isOpenId(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{1,19}$/.test(value)) return false;
  const n = BigInt(value);
  return n > 10000n && n <= INT64_MAX;
}

const isRoomType = (v: unknown): boolean => v === 1 || v === 2 || v === 3;

/** Context and room methods of the simulated SDK (PascalCase names); audio controls are in `sim-audio.ts`. */
export function roomMethods(engine: SimEngine) {
  const w = engine.world;
  const roomPayload = (result: number) => ({ result, error_info: errorInfo(result) });
  const enter = (roomId: string, roomType: number | null): void => {
    w.room = 'entered';
    w.roomId = roomId;
    w.roomType = roomType;
    w.connection = 'connected';
    w.roomSession++;
  };
  const leave = (): void => leaveRoom(engine);

  return {
    Init: (appId: unknown, openId: unknown): unknown =>
      engine.sync('Init', () => {
        if (!isText(appId) || !isOpenId(openId)) return C.AV_ERR_INVALID_ARGUMENT;
        if (!w.inited) {
          w.inited = true;
          w.openId = openId as string;
        }
        return C.AV_OK;
      }),

    Uninit: (): unknown =>
      engine.sync('Uninit', () => {
        if (!w.inited) return C.AV_ERR_CONTEXT_NOT_EXIST;
        engine.scheduler.clear();
        Object.assign(w, {
          inited: false,
          openId: null,
          room: 'idle',
          roomId: null,
          roomType: null,
          roomSession: w.roomSession + 1,
          connection: 'connected',
          pttAuthApplied: false,
          recording: 'idle',
          current: undefined,
          speechToTextInFlight: 0,
          playing: 0,
        });
        Object.assign(w.audio, idleAudio());
        return C.AV_OK;
      }),

    Poll: (): unknown =>
      engine.sync('Poll', () => {
        engine.scheduler.deliverDue();
        return undefined;
      }),

    EnterRoom: (roomId: unknown, roomType: unknown, authBuffer: unknown): unknown =>
      engine.evented(
        'EnterRoom',
        () => {
          if (!w.inited) return C.AV_ERR_CONTEXT_NOT_EXIST;
          if (!isText(roomId, MAX_ROOM_ID) || !isRoomType(roomType) || !isText(authBuffer)) {
            return C.AV_ERR_INVALID_ARGUMENT;
          }
          if (w.room === 'entering') return C.AV_ERR_REPEATED_OPERATION;
          if (w.room === 'switching' || w.room === 'exiting') return C.AV_ERR_EXCLUSIVE_OPERATION;
          return undefined;
        },
        (): SimPosted => {
          const id = String(roomId);
          const began = w.room === 'idle';
          return {
            type: SIM_EVENTS.ITMG_MAIN_EVENT_TYPE_ENTER_ROOM,
            result:
              w.room !== 'entered'
                ? C.AV_OK
                : w.roomId === id
                  ? C.AV_ERR_HAS_IN_THE_STATE
                  : C.AV_ERR_IN_OTHER_ROOM,
            payload: roomPayload,
            begin: () => {
              if (began) w.room = 'entering';
            },
            finish: (result) => {
              if (result === C.AV_OK) enter(id, typeof roomType === 'number' ? roomType : null);
              else if (began && w.room === 'entering') w.room = 'idle';
            },
          };
        },
      ),

    ExitRoom: (): unknown =>
      engine.evented(
        'ExitRoom',
        () => {
          if (!w.inited) return C.AV_ERR_CONTEXT_NOT_EXIST;
          if (w.room === 'exiting') return C.AV_ERR_REPEATED_OPERATION;
          if (w.room === 'entering' || w.room === 'switching') return C.AV_ERR_EXCLUSIVE_OPERATION;
          return undefined;
        },
        (): SimPosted => {
          const began = w.room === 'entered';
          return {
            type: SIM_EVENTS.ITMG_MAIN_EVENT_TYPE_EXIT_ROOM,
            result: w.room === 'idle' ? C.AV_ERR_HAS_IN_THE_STATE : C.AV_OK,
            payload: roomPayload,
            begin: () => {
              if (began) w.room = 'exiting';
            },
            finish: (result) => {
              // Leaving an idle room changes only its session number, which no pending event holds.
              if (result === C.AV_OK) leave();
              else if (began && w.room === 'exiting') w.room = 'entered';
            },
          };
        },
      ),

    SwitchRoom: (roomId: unknown, authBuffer: unknown): unknown =>
      engine.evented(
        'SwitchRoom',
        () => {
          if (!w.inited) return C.AV_ERR_CONTEXT_NOT_EXIST;
          if (!isText(roomId, MAX_ROOM_ID) || !isText(authBuffer)) return C.AV_ERR_INVALID_ARGUMENT;
          if (w.room === 'idle') return C.AV_ERR_ROOM_NOT_EXIST;
          if (w.room === 'switching') return C.AV_ERR_REPEATED_OPERATION;
          if (w.room !== 'entered') return C.AV_ERR_EXCLUSIVE_OPERATION;
          return undefined;
        },
        (): SimPosted => {
          const id = String(roomId);
          const began = w.room === 'entered';
          return {
            type: SIM_EVENTS.ITMG_MAIN_EVENT_TYPE_SWITCH_ROOM,
            result: w.roomId === id ? C.AV_ERR_HAS_IN_THE_STATE : C.AV_OK,
            payload: roomPayload,
            begin: () => {
              if (began) w.room = 'switching';
            },
            finish: (result) => {
              if (result === C.AV_OK) enter(id, w.roomType);
              else if (result === C.QAV_ERR_TRY_NEW_ROOM_FAILED) leave();
              else if (began && w.room === 'switching') w.room = 'entered';
            },
          };
        },
      ),

    IsRoomEntered: (): unknown => engine.sync('IsRoomEntered', () => w.inited && w.room === 'entered'),
    GetSDKVersion: (): unknown => engine.sync('GetSDKVersion', () => SIM_SDK_VERSION),
  };
}

/**
 * Simulates a network drop while in a room: RECONNECT_START now, then RECONNECT_SUCCESS after
 * `reconnectAfterMs` — or ROOM_DISCONNECT and the room left, when `giveUp`. Events of a room the
 * player has left meanwhile are dropped.
 */
export function disconnect(engine: SimEngine, options: DisconnectOptions = {}): void {
  const w = engine.world;
  const { reconnectAfterMs = 1000, giveUp = false, code = C.AV_ERR_TIMEOUT } = options;
  if (!isTime(reconnectAfterMs)) {
    throw new TypeError(
      `Expected \`reconnectAfterMs\` to be a number of milliseconds from 0, got ${show(reconnectAfterMs)}.`,
    );
  }
  if (typeof giveUp !== 'boolean')
    throw new TypeError(`Expected \`giveUp\` to be a boolean, got ${show(giveUp)}.`);
  if (!Number.isSafeInteger(code))
    throw new TypeError(`Expected \`code\` to be an integer code, got ${show(code)}.`);
  if (w.room !== 'entered')
    throw new Error(`control.disconnect() needs an entered room; the room is ${w.room}.`);
  const session = w.roomSession;
  const live = (): boolean => w.roomSession === session;
  const now = engine.now();
  const ok = { result: C.AV_OK, error_info: '' };
  engine.queue({
    due: now,
    type: SIM_EVENTS.ITMG_MAIN_EVENT_TYPE_RECONNECT_START,
    payload: ok,
    raw: false,
    translate: true,
    live,
    apply: () => {
      w.connection = 'reconnecting';
    },
  });
  const end = now + reconnectAfterMs;
  if (giveUp) {
    engine.queue({
      due: end,
      type: SIM_EVENTS.ITMG_MAIN_EVENT_TYPE_ROOM_DISCONNECT,
      payload: { result: code, error_info: errorInfo(code) },
      raw: false,
      translate: true,
      live,
      apply: () => leaveRoom(engine),
    });
  } else {
    engine.queue({
      due: end,
      type: SIM_EVENTS.ITMG_MAIN_EVENT_TYPE_RECONNECT_SUCCESS,
      payload: ok,
      raw: false,
      translate: true,
      live,
      apply: () => {
        w.connection = 'connected';
      },
    });
  }
}
