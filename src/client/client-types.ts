import type { ResultAsync } from 'neverthrow';
import type { GmeError } from '../errors/gme-error.js';
import type { GmeEventName } from '../events.js';
import type { GmeMethodArgs, GmeMethodName, GmeMethodValue } from '../gme-methods.js';
import type { CallOptions, OperationArgs, OperationName, OperationValue } from '../operations.js';
import type { CircuitState, Policy } from '../policy/index.js';
import type { RoomSnapshot } from './room-tracker.js';
import type { GmeListener } from './safe-emitter.js';
import type { KeepInRoomArgs, KeepInRoomOptions, RoomSession } from './session-options.js';

/**
 * The Ok value of `client.call(...)`: `V` is the method's value type — `number` for a known
 * setter (the code it returned: 0, or one a `succeed()` rule accepted), the data for a known getter
 * (`GetMicVolume` → `number`, `GetMicState` → `0 | 1`), `unknown` for any other method.
 *
 * @example
 * import type { CallValue } from 'gme-result';
 * const volume: CallValue<number> = { value: 100, attempts: 1, code: 0 };
 */
export interface CallValue<V = unknown> {
  /** What the SDK method returned. */
  readonly value: V;
  readonly attempts: number;
  readonly code: number;
}

/**
 * Options of `client.call(...)`.
 *
 * @example
 * import { createGmeClient } from 'gme-result';
 * const tips = await gme.call('GetQualityTips', [], { returnsCode: false });
 */
export interface RawCallOptions extends CallOptions {
  /**
   * Read the return value as a GME code (0 = Ok, anything else = Err), or, with `false`, take any
   * return value as the Ok value, unchecked. Given, it wins over the `GME_METHODS` table (and the
   * value is then typed `unknown`).
   * @default the table's `returnsCode` for a known method, else true
   */
  readonly returnsCode?: boolean;
}

/** The arguments after the method name of a typed `call`: the args tuple (optional when empty), then options. */
type KnownCallRest<M extends GmeMethodName> =
  GmeMethodArgs<M> extends readonly []
    ? [args?: GmeMethodArgs<M>, options?: CallOptions]
    : [args: GmeMethodArgs<M>, options?: CallOptions];

/**
 * `client.call` with its three overloads: a known method (typed arguments and value), a known
 * method read your own way (an explicit `returnsCode`: the value is `unknown`), and any other
 * method by name (the escape hatch: `string` is refused for the known names, so a typo in their
 * arguments cannot fall through to it).
 *
 * @example
 * import { createGmeClient } from 'gme-result';
 * const volume = await gme.call('GetMicVolume'); // Result<CallValue<number>, GmeError>
 * await gme.call('EnableMic', [true]); // gme.call('EnableMic', ['on']) does not compile
 * await gme.call('EnableLoopBack', [true]); // any other method: CallValue<unknown>
 */
export interface GmeCall {
  <M extends GmeMethodName>(
    method: M,
    ...rest: KnownCallRest<M>
  ): ResultAsync<CallValue<GmeMethodValue<M>>, GmeError>;
  <M extends GmeMethodName>(
    method: M,
    args: GmeMethodArgs<M>,
    options: RawCallOptions & { readonly returnsCode: boolean },
  ): ResultAsync<CallValue<unknown>, GmeError>;
  <S extends string>(
    method: S extends GmeMethodName ? never : S,
    args?: readonly unknown[],
    options?: RawCallOptions,
  ): ResultAsync<CallValue<unknown>, GmeError>;
}

/** Sizes of the client's internal state, for leak checks and benchmarks. */
export interface ClientStats {
  readonly pending: number;
  readonly correlationKeys: number;
  readonly timers: number;
  readonly live: number;
  /** Calls queued or in flight that identical calls may join (identical `enterRoom`s). */
  readonly enterFlights: number;
  readonly inFlightWaiters: number;
  readonly listeners: number;
  /** Tokens left in the retry budget; `null` when the policy has no budget. */
  readonly budgetTokens: number | null;
  /** Circuit state of each operation family that has failed lately (the others are closed). */
  readonly circuits: Readonly<Record<string, CircuitState>>;
}

type OpMethod<Op extends OperationName> =
  OperationArgs[Op] extends Readonly<Record<string, never>>
    ? (args?: OperationArgs[Op], options?: CallOptions) => ResultAsync<OperationValue<Op>, GmeError>
    : (args: OperationArgs[Op], options?: CallOptions) => ResultAsync<OperationValue<Op>, GmeError>;

/**
 * A GME SDK behind Results, policies and events. Every method returns a `ResultAsync` that never
 * rejects and never throws, whatever the SDK does.
 */
export type GmeClient = { readonly [Op in OperationName]: OpMethod<Op> } & {
  /**
   * Calls an SDK method by its own name, answered by its return value: typed for the methods of
   * `GME_METHODS` (`gme.call('EnableMic', [true])`, `gme.call('GetMicVolume')` →
   * `CallValue<number>`), any other by name (`CallValue<unknown>`).
   */
  readonly call: GmeCall;
  /** Adds a listener for a client event (see {@link GmeEventMap}); returns the client, for chaining. */
  on<K extends GmeEventName>(event: K, listener: GmeListener<K>): GmeClient;
  /** Adds a listener that is removed after its first call; returns the client. */
  once<K extends GmeEventName>(event: K, listener: GmeListener<K>): GmeClient;
  /** Removes a listener added with `on` or `once`; returns the client. */
  off<K extends GmeEventName>(event: K, listener: GmeListener<K>): GmeClient;
  /** Swaps the policy for calls that start afterwards (e.g. from remote config). */
  setPolicy(policy: Policy): void;
  /** The policy in force. */
  readonly policy: Policy;
  /** The room as tracked from the SDK's events. */
  readonly room: RoomSnapshot;
  /** Internal sizes, for leak checks. */
  stats(): ClientStats;
  /**
   * Keeps the player in a room: enters it, and enters it again after the connection is lost,
   * cooperating with the SDK's own reconnect, until `stop()` (see {@link RoomSession}). At most
   * one session per client: a second one, while the first runs, comes back stopped with an Err
   * (client 1001) naming the room in force. Bad options throw a `TypeError` naming the field.
   *
   * @example
   * import { createGmeClient } from 'gme-result';
   * const session = gme.keepInRoom({ roomId: 'lobby', roomType: 1, authBuffer });
   * gme.on('session', (e) => log(e.roomId, e.previous, e.state, e.reason, e.attempt, e.nextAttemptInMs));
   */
  keepInRoom(args: KeepInRoomArgs, options?: KeepInRoomOptions): RoomSession;
  /** Stops polling, gives the SDK back the game's delegate and ends pending calls with 7013. */
  dispose(): void;
};
