import type { GmeError } from './errors/gme-error.js';
import type { GmeOperationName, OperationName } from './operations.js';
import type { ParsedPayload } from './sdk/parse-payload.js';

/** The room as the client last saw it, tracked from the SDK's events. */
export type RoomState =
  | 'idle'
  | 'entering'
  | 'entered'
  | 'switching'
  | 'exiting'
  | 'reconnecting'
  | 'disconnected';

/**
 * The state of a room session (`gme.keepInRoom(...)`):
 * - `entering`: an EnterRoom (or the switch's entry) is in flight;
 * - `entered`: in the room;
 * - `reconnecting`: the SDK reported RECONNECT_START and is reconnecting by itself; the session waits for it;
 * - `waiting`: out of the room, waiting out a backoff before the next entry;
 * - `stopped`: ended by `stop()`, `dispose()` or a code no retry can fix; it never enters again.
 */
export type SessionState = 'entering' | 'entered' | 'reconnecting' | 'waiting' | 'stopped';

/**
 * What the events of one call share. `callId` numbers the calls of one client (1, 2, 3, …, in the
 * order they were made, refused ones included): every `attempt`, `retry`, `recovery`,
 * `budgetExhausted`, `held`, `released` and the one `success` or `error` of a call carry the same
 * number, so a listener can follow concurrent calls of one operation apart. The invocations a
 * recovery makes for a call (`reinit`'s `init`, `reenterRoom`'s `enterRoom`...) carry that call's
 * id; a call that joins an identical one in flight has an id of its own.
 */
export interface CallEvent {
  readonly callId: number;
}

/**
 * Every event a client emits, with its payload. Payloads are frozen; none carries an auth buffer.
 * Listen with `gme.on(name, listener)`; a listener that throws is reported as `listenerError`
 * (or printed with `console.error` when nobody listens to that) and never breaks a call.
 *
 * @example
 * import { createGmeClient } from 'gme-result';
 * gme.on('retry', (e) => console.log(e.operation, e.code, e.attempt, e.delayMs));
 */
export interface GmeEventMap {
  /**
   * An SDK invocation is about to be made (1-based `attempt`). Every invocation is announced,
   * including those a recovery makes itself (`init` for `reinit`, `exitRoom` for `exitThenEnter`,
   * `applyPttAuthbuffer` for `reapplyPttAuth`, `enterRoom` for `reenterRoom`): those carry the
   * recovery's name in `recovery`.
   */
  attempt: {
    readonly operation: GmeOperationName;
    /** The call this invocation belongs to (see {@link CallEvent.callId}); a recovery's, the call it heals. */
    readonly callId: number;
    readonly attempt: number;
    readonly recovery?: string;
  };
  /**
   * A call ended in Ok. `code` is 0 or the code a `succeed()` rule accepted. Every call emits
   * exactly one `success` or `error`, however it ends (see `error`).
   */
  success: {
    readonly operation: GmeOperationName;
    readonly callId: number;
    readonly attempts: number;
    readonly code: number;
    readonly recovered?: string;
    readonly durationMs: number;
    /**
     * Set when this call joined an identical one in flight (a second `enterRoom` with the same
     * arguments) and shares its outcome: `attempts` are the shared call's, not SDK invocations of
     * its own. Count invocations from `attempt` events.
     */
    readonly joined?: true;
  };
  /**
   * A call ended in Err: an SDK code, a timeout (1005), an abort or `dispose()` (7013), a bad
   * argument or option (1004), an SDK without the method or a broken answer (1006), an open
   * circuit or an empty retry budget. Calls refused before any SDK invocation report 0 attempts.
   */
  error: {
    readonly operation: GmeOperationName;
    readonly callId: number;
    readonly attempts: number;
    readonly error: GmeError;
    readonly durationMs: number;
    /** Set when this call joined an identical one in flight (see `success.joined`). */
    readonly joined?: true;
  };
  /** A failed attempt will be retried after `delayMs`. `attempt` is the number of the attempt that failed. */
  retry: {
    readonly operation: GmeOperationName;
    readonly callId: number;
    readonly code: number;
    readonly attempt: number;
    readonly delayMs: number;
    readonly error: GmeError;
  };
  /** A recovery action ran after `code`; `ok` tells whether it worked. */
  recovery: {
    readonly operation: GmeOperationName;
    readonly callId: number;
    readonly code: number;
    readonly action: string;
    readonly ok: boolean;
    readonly error?: GmeError;
  };
  /** Retries stopped because the client's retry budget was empty. */
  budgetExhausted: {
    readonly operation: GmeOperationName;
    readonly callId: number;
    readonly code: number;
    readonly attempt: number;
    readonly tokens: number;
  };
  /** An operation family's circuit opened: calls fail fast until `until` (clock ms). */
  circuitOpen: { readonly family: string; readonly until: number };
  /** An operation family's circuit closed again after a successful trial. */
  circuitClose: { readonly family: string };
  /** Every raw SDK event, parsed, in the order the SDK delivered them. */
  sdkEvent: { readonly eventType: number; readonly eventName: string; readonly payload: ParsedPayload };
  /** An event that matched no pending call (it came after a timeout or abort, twice, or unasked). */
  lateResult: {
    readonly eventType: number;
    readonly eventName: string;
    readonly operation: OperationName;
    readonly payload: ParsedPayload;
  };
  /** The tracked room state changed. */
  roomState: {
    readonly state: RoomState;
    readonly previous: RoomState;
    readonly roomId: string | null;
    readonly reason: string;
  };
  /** The room session changed state. `attempt` counts the session's entries since it was last in the room. */
  session: {
    readonly roomId: string;
    readonly previous: SessionState;
    readonly state: SessionState;
    readonly reason: string;
    readonly attempt: number;
    /** Set in `waiting`: the backoff before the next entry. */
    readonly nextAttemptInMs?: number;
    /** The error that ended the session (`stopped`) or made it wait. */
    readonly error?: GmeError;
  };
  /**
   * A call is held instead of retried: the SDK reports the connection is down (`roomState` is
   * `reconnecting` or `disconnected`), or a room session waits to enter again after a loss (then
   * `roomState` may be `idle`: its last entry failed), or, right after a reconnect, the call
   * waits for its turn (`roomState` is `entered`: the client's calls that need the servers go one
   * at a time until one has succeeded; see `HoldMode`). `code` is the failure that was held, or 0
   * when the call was held before its first attempt.
   */
  held: {
    readonly operation: GmeOperationName;
    readonly callId: number;
    readonly code: number;
    readonly attempt: number;
    readonly roomState: RoomState;
  };
  /**
   * A held call goes on: the connection is back and it is the call's turn (`reconnected`), or the
   * hold reached its bound, or the call ended.
   */
  released: {
    readonly operation: GmeOperationName;
    readonly callId: number;
    readonly heldMs: number;
    readonly reason: 'reconnected' | 'timeout' | 'aborted';
  };
  /** A listener of `event` threw `error`; the call it observed went on unharmed. */
  listenerError: { readonly event: string; readonly error: unknown };
  /** The game's own delegate threw while the client forwarded an event to it. */
  delegateError: { readonly eventType: number; readonly error: unknown };
}

/** The name of a client event. */
export type GmeEventName = keyof GmeEventMap;
