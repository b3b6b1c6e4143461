import type { ResultAsync } from 'neverthrow';
import type { GmeError } from '../errors/gme-error.js';
import type { GmeEventName } from '../events.js';
import type { CallOptions, OperationArgs, OperationName, OperationValue } from '../operations.js';
import type { CircuitState, Policy } from '../policy/index.js';
import type { RoomSnapshot } from './room-tracker.js';
import type { GmeListener } from './safe-emitter.js';

/** The Ok value of `client.call(...)`. */
export interface CallValue {
  /** What the SDK method returned. */
  readonly value: unknown;
  readonly attempts: number;
  readonly code: number;
}

/**
 * Options of `client.call(...)`.
 *
 * @example
 * import { createGmeClient } from 'gme-result';
 * const version = await gme.call('GetSDKVersion', [], { returnsCode: false });
 */
export interface RawCallOptions extends CallOptions {
  /**
   * Read the return value as a GME code (0 = Ok, anything else = Err). `false` for methods that
   * return data (volumes, versions): any return value is then Ok.
   * @default true
   */
  readonly returnsCode?: boolean;
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
  /** Calls any other SDK method by its own name (e.g. `'EnableMic'`), answered by its return value. */
  call(method: string, args?: readonly unknown[], options?: RawCallOptions): ResultAsync<CallValue, GmeError>;
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
  /** Stops polling, gives the SDK back the game's delegate and ends pending calls with 7013. */
  dispose(): void;
};
