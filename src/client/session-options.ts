import type { ResultAsync } from 'neverthrow';
import type { GmeError } from '../errors/gme-error.js';
import type { SessionState } from '../events.js';
import type { OperationArgs, OperationValue, RoomType } from '../operations.js';
import { describeValue } from './validate-args.js';

/** The room a session keeps the player in: `enterRoom`'s arguments. */
export type KeepInRoomArgs = OperationArgs['enterRoom'];

/** What `switchTo` needs: the new room and its auth buffer; the room type stays unless given. */
export interface SwitchToArgs {
  readonly roomId: string;
  readonly authBuffer: string;
  /** @default the session's room type */
  readonly roomType?: RoomType;
}

/** The Ok of an entry: `enterRoom`'s value. */
export type RoomValue = OperationValue<'enterRoom'>;

/** The Ok of `stop()`: whether the session had to leave the room. */
export interface SessionStopValue {
  readonly exited: boolean;
}

/**
 * A room session (`gme.keepInRoom(...)`): it enters the room, and enters it again after the
 * connection is lost, until it is stopped or meets a code no retry can fix.
 *
 * States, in words: `entering` (an entry is in flight) → `entered`. From `entered`, RECONNECT_START
 * leads to `reconnecting` (the SDK reconnects by itself; the session waits for it), then back to
 * `entered` on RECONNECT_SUCCESS, or on to `entering` when the SDK gives up (ROOM_DISCONNECT) or
 * the grace period ends. A lost room (ROOM_DISCONNECT, a failed switch that left every room) or
 * a transient failure of an entry leads to `waiting` (a full-jitter backoff) and then `entering`
 * again. `stopped` is final: `stop()`, `dispose()`, a code no retry can fix, or the game leaving
 * the room by itself.
 *
 * @example
 * import { createGmeClient, fromElectron } from 'gme-result';
 * const gme = createGmeClient({ sdk: fromElectron(ctx), auth: { refresh: fetchAuthBuffer } });
 * const session = gme.keepInRoom({ roomId: 'lobby', roomType: 1, authBuffer });
 * const first = await session.entered();
 * if (first.isErr()) console.error('could not enter', first.error.code);
 */
export interface RoomSession {
  /** The room the session keeps (the target of the last `switchTo`). */
  readonly roomId: string;
  readonly state: SessionState;
  /** The first entry of the session, or why the session ended before it. Answers at once once known. */
  entered(): ResultAsync<RoomValue, GmeError>;
  /**
   * Moves the session to another room: `SwitchRoom` where the SDK has it, else `ExitRoom` then
   * `EnterRoom`. Answers when the player is in the new room, or with the reason it is not (2001:
   * still in the old room, which the session keeps; other failures of the new room are handled
   * like any loss: the session keeps trying the new room).
   */
  switchTo(args: SwitchToArgs): ResultAsync<RoomValue, GmeError>;
  /** Stops the session and leaves the room when it is in one. Nothing re-enters afterwards. */
  stop(): ResultAsync<SessionStopValue, GmeError>;
}

/**
 * Options of `gme.keepInRoom(args, options)`. The defaults were chosen with the fleet simulation
 * (`gme-result/fleet`, see BENCHMARKS.md).
 */
export interface KeepInRoomOptions {
  /**
   * The ceiling of the first full-jitter wait before entering again after a loss, in ms (an
   * integer from 0 to 60 000); it doubles with each failed entry. After the SDK's own reconnect
   * failed for a while, the session starts from that time instead (see `session-backoff.ts`).
   * @default 2000
   */
  readonly baseDelayMs?: number;
  /**
   * The cap of the backoff, in ms (an integer from `baseDelayMs` to 600 000). The first wait at
   * the cap is drawn in `[0, maxDelayMs]`; the ones after it are `maxDelayMs` itself, so during a
   * long outage a session sends one entry per `maxDelayMs` and notices the backend is back at
   * most `maxDelayMs` after it returns. 10 s is where the fleet simulation's room-give-up
   * scenario (BENCHMARKS.md) stays under both its load and its recovery goals; a shorter cap
   * brings players back sooner at the cost of more entries against a backend still down.
   * @default 10 000
   */
  readonly maxDelayMs?: number;
  /**
   * How long the session waits for the SDK's own reconnect (RECONNECT_START without RECONNECT_SUCCESS)
   * before it enters again itself, in ms (an integer from 0 to 3 600 000). ROOM_DISCONNECT ends the
   * wait at once. @default 90 000
   */
  readonly reconnectGraceMs?: number;
}

/** The options with every default filled in. */
export interface SessionSettings {
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly reconnectGraceMs: number;
}

/** The defaults of {@link KeepInRoomOptions}. */
export const SESSION_DEFAULTS: SessionSettings = Object.freeze({
  baseDelayMs: 2_000,
  maxDelayMs: 10_000,
  reconnectGraceMs: 90_000,
});

const KNOWN = ['baseDelayMs', 'maxDelayMs', 'reconnectGraceMs'] as const;

function int(field: string, value: unknown, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
    throw new TypeError(
      `Expected \`${field}\` to be an integer from ${min} to ${max}, got ${describeValue(value)}.`,
    );
  }
  return value as number;
}

/** Checks the options (a `TypeError` names the field and the value) and fills in the defaults. */
export function resolveSessionOptions(options: KeepInRoomOptions | undefined): SessionSettings {
  if (options === undefined) return SESSION_DEFAULTS;
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`Expected the keepInRoom options to be an object, got ${describeValue(options)}.`);
  }
  for (const key of Object.keys(options)) {
    if (!(KNOWN as readonly string[]).includes(key)) {
      throw new TypeError(
        `Unknown option \`${key}\` given to keepInRoom; expected one of ${KNOWN.join(', ')}.`,
      );
    }
  }
  const baseDelayMs = int('baseDelayMs', options.baseDelayMs, 0, 60_000, SESSION_DEFAULTS.baseDelayMs);
  const maxDelayMs = int(
    'maxDelayMs',
    options.maxDelayMs,
    baseDelayMs,
    600_000,
    Math.max(SESSION_DEFAULTS.maxDelayMs, baseDelayMs),
  );
  const reconnectGraceMs = int(
    'reconnectGraceMs',
    options.reconnectGraceMs,
    0,
    3_600_000,
    SESSION_DEFAULTS.reconnectGraceMs,
  );
  return Object.freeze({ baseDelayMs, maxDelayMs, reconnectGraceMs });
}
