import { type Check, checkFields, integerIn, oneOf, type Problem } from './option-checks.js';

/**
 * What a call does while the SDK reports that its connection to GME is down (RECONNECT_START
 * without RECONNECT_SUCCESS yet, ROOM_DISCONNECT until the room is entered again, or a room
 * session waiting to enter again after a loss or a transient entry failure):
 * - `'off'`: nothing special; retries run blind, as their rules say.
 * - `'failures'`: a failure whose rule is `retry`, of an operation that needs GME's servers
 *   (uploads, downloads, speech-to-text), waits for the connection to come back instead of
 *   retrying, then makes one attempt, its last: if that attempt fails too, the call ends with
 *   that failure even when its rule has attempts left (a fleet released at once must not add
 *   retries to what a recovering backend serves). A held failure spends no retry-budget token and
 *   does not count toward the circuit breaker: the SDK has already said why it failed.
 * - `'calls'`: the same, and such a call started while the connection is down waits before its
 *   first attempt too: a request to a backend the SDK cannot reach is load for nothing.
 *
 * When the connection comes back, the calls released (and, in `'calls'` mode, those that start
 * meanwhile) go to the servers **one at a time**, in the order they were held, each with one
 * attempt: each after the one before has ended, until one ends in an Ok with nobody left waiting. A fleet that reconnects at
 * once then sends one request per client, not every client's backlog at the same moment: in the
 * fleet simulation's capacity-limited backend, releasing them all together kept the backend busy
 * with requests their clients had stopped waiting for long after the outage (BENCHMARKS.md).
 * Waiting for a turn counts toward `maxHoldMs` and the deadline, and emits `held` and `released`
 * like a wait for the connection. A released call's wait for the SDK's answer (`timeouts`) counts
 * from its invocation, not from the start of the call.
 *
 * A hold that runs out (`maxHoldMs`, or the call's deadline) while the connection is still down
 * ends the call without an attempt: with its last failure, or, held before its first attempt,
 * with a client 1005 that says it was never sent. Sending then would be wasted too, and every
 * call held since the same outage began would send at the same moment.
 */
export type HoldMode = 'off' | 'failures' | 'calls';

/** Every {@link HoldMode}. */
export const HOLD_MODES = ['off', 'failures', 'calls'] as const satisfies readonly HoldMode[];

/** Options of a policy's `reconnect` settings. */
export interface ReconnectOptions {
  /** See {@link HoldMode}. @default 'off' (the parent's, in `definePolicy({ extends })`) */
  readonly hold?: HoldMode | undefined;
  /**
   * The longest one hold lasts, in ms (an integer from 0 to 3 600 000); the call's deadline
   * bounds it too. When it runs out with the connection still down, the call ends unsent (see
   * {@link HoldMode}); if the connection came back meanwhile, it makes its attempt.
   * @default 60 000
   */
  readonly maxHoldMs?: number | undefined;
}

/** The resolved `reconnect` settings of a policy. */
export interface ReconnectSettings {
  readonly hold: HoldMode;
  readonly maxHoldMs: number;
}

/**
 * The settings of a policy that says nothing about reconnects: no holding. The shipped
 * `defaultPolicy` turns it on (see its docs for the numbers and the fleet figures behind them).
 *
 * @example
 * import { DEFAULT_RECONNECT, definePolicy } from 'gme-result';
 * const patient = definePolicy({ reconnect: { hold: 'calls', maxHoldMs: DEFAULT_RECONNECT.maxHoldMs } });
 */
export const DEFAULT_RECONNECT: ReconnectSettings = Object.freeze({ hold: 'off', maxHoldMs: 60_000 });

const CHECKS: Readonly<Record<keyof ReconnectOptions, Check>> = {
  hold: oneOf(HOLD_MODES),
  maxHoldMs: integerIn(0, 3_600_000),
};

/**
 * Checks `reconnect` options and resolves them over `base` (a parent policy's, else the
 * defaults). Pushes problems under `path`; returns the settings when there were none.
 */
export function resolveReconnectSettings(
  options: Readonly<Record<string, unknown>>,
  base: ReconnectSettings,
  path: readonly string[],
  problems: Problem[],
): ReconnectSettings | undefined {
  const before = problems.length;
  checkFields(options, CHECKS, path, problems);
  if (problems.length > before) return undefined;
  const o = options as ReconnectOptions;
  return Object.freeze({ hold: o.hold ?? base.hold, maxHoldMs: o.maxHoldMs ?? base.maxHoldMs });
}
