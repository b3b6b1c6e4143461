import type { Result } from 'neverthrow';
import type { GmeError } from '../errors/gme-error.js';
import type { CircuitBreaker } from './circuit-breaker.js';
import type { Clock } from './clock.js';
import type { Policy } from './policy-types.js';
import type { CustomRecovery, RecoveryName, RecoveryOutcome } from './recovery-types.js';
import type { RetryBudget } from './retry-budget.js';

/**
 * Observers of the engine's steps. All optional: pass only those somebody listens to (nothing is
 * built for an absent one). A hook that throws or rejects is ignored; it never breaks the call.
 */
export interface ExecuteHooks {
  /** Before a retry wait; `attempt` is the number of the attempt that just failed. */
  retry?(e: { operation: string; code: number; attempt: number; delayMs: number; error: GmeError }): void;
  /** After a recovery ran; `error` is the recovery's own failure when `ok` is false and it gave one. */
  recovery?(e: { operation: string; code: number; action: string; ok: boolean; error?: GmeError }): void;
  /** When a retry was refused because the client's retry budget was empty. */
  budgetExhausted?(e: { operation: string; code: number; attempt: number; tokens: number }): void;
  /**
   * When this call's outcome opened (or reopened) its family's breaker. Not fired by the engine
   * when the breaker reports transitions itself (built with `onOpen`/`onClose`).
   */
  circuitOpen?(e: { family: string; until: number }): void;
  /** When this call's success closed its family's breaker (same rule as `circuitOpen`). */
  circuitClose?(e: { family: string }): void;
  /** A call waits for the connection instead of retrying (or, `attempt` 0, before its first attempt). */
  held?(e: { operation: string; code: number; attempt: number; roomState: string }): void;
  /** A held call goes on. */
  released?(e: { operation: string; heldMs: number; reason: 'reconnected' | 'timeout' | 'aborted' }): void;
}

/**
 * What the engine knows of the SDK's connection, for the policy's `reconnect` settings. The
 * client gives one to the operations that need GME's servers (uploads, downloads,
 * speech-to-text), built from the room events.
 */
export interface OutageGate {
  /** True while the SDK reports the connection is down. */
  isDown(): boolean;
  /**
   * For a call about to make its first attempt: `'wait'` when the connection is down, or just came
   * back and another call has the turn (right after an outage the client's calls that need the
   * servers go one at a time); `'turn'` when the call takes the turn now, and must give it back
   * with {@link OutageGate.endTurn} when it ends; `'go'` outside a recovery.
   */
  admit(): 'wait' | 'turn' | 'go';
  /** The call holding the turn ended (`ok`: with an Ok); the next waiting call gets it. */
  endTurn(ok: boolean): void;
  /** What the SDK said, for events (`'reconnecting'`, `'disconnected'`, `'entered'` while calls take turns). */
  readonly state: string;
  /**
   * Resolves `'up'` when the connection is back and the call has the turn (it must end it with
   * {@link OutageGate.endTurn}), `'timeout'` after `ms`, `'aborted'` when `signal` fires.
   */
  wait(ms: number, signal: AbortSignal | undefined): Promise<'up' | 'timeout' | 'aborted'>;
}

/** Everything {@link executeWithPolicy} needs for one call. The client builds it. */
export interface ExecuteOptions<V> {
  /** An `OperationName`, or a raw method name (for `client.call`). */
  readonly operation: string;
  /** The breaker family, e.g. `'room'`, `'voice-message'`. */
  readonly family: string;
  /** `false`: a `retry` rule applies only to codes in `NEVER_APPLIED_CODES`; others fail. */
  readonly idempotent: boolean;
  readonly policy: Policy;
  /** ONE SDK invocation (1-based); must not reject; an Err carries the code. */
  readonly attempt: (attempt: number, args: unknown) => Result<V, GmeError> | Promise<Result<V, GmeError>>;
  /**
   * The first invocation in continuation style: calls `then` with its Result and returns what
   * `then` returns (at once, or as a promise). Saves a promise hop on the success path; when absent
   * the first invocation is `attempt(1, args)`. Used only when the first invocation comes at once:
   * it may count the invocation's wait from the call's start. A call held for a reconnect before its
   * first attempt invokes through `attempt(1, args)` instead, whose wait counts from the invocation.
   */
  readonly firstAttempt?: <R>(args: unknown, then: ResultSink<V, R>) => R | Promise<R>;
  /**
   * SDK invocations made so far, when the caller counts them itself: an attempt may end before it
   * reaches the SDK (aborted while waiting for a concurrency slot), and `attempts` in the outcome
   * counts invocations. @default the attempts the engine started
   */
  readonly invocations?: () => number;
  /** The call's arguments; a recovery may replace them for later attempts. */
  readonly args: unknown;
  /** The data of an Ok made by a `succeed()` rule (e.g. 1003). */
  readonly succeedValue: (error: GmeError, args: unknown) => V;
  /** Runs a recovery; must not reject. */
  readonly runRecovery: (
    recovery: RecoveryName | CustomRecovery,
    error: GmeError,
    args: unknown,
    signal: AbortSignal | undefined,
  ) => Promise<Result<RecoveryOutcome<V>, GmeError>>;
  readonly budget: RetryBudget | undefined;
  readonly breaker: CircuitBreaker | undefined;
  /**
   * `false`: a `retry` rule ends the call at its first transient failure (still counted by the
   * breaker); the caller schedules its own retries (a room session does). @default true
   */
  readonly retries?: boolean;
  /** The SDK's connection, for operations that may be held while it is down. @default none: never held */
  readonly outage?: OutageGate | undefined;
  readonly signal: AbortSignal | undefined;
  /** A second signal that ends the call the same way: the client's own (fired by `dispose()`). */
  readonly stop?: AbortSignal | undefined;
  /** Absolute time on `clock.now()`: no retry wait may end past it. */
  readonly deadline: number;
  readonly clock: Clock;
  /** Numbers in [0, 1) for jitter. */
  readonly random: () => number;
  readonly hooks: ExecuteHooks;
  /** Makes the client's 7013 (aborted) error. */
  readonly abortError: (attempts: number) => GmeError;
  /**
   * Makes the error of a call held before its first attempt whose hold ended with the connection
   * still down (it was never sent): a 1005. @default a 1005 without a detail
   */
  readonly heldError?: (heldMs: number) => GmeError;
  /** Makes the fail-fast error when the breaker refuses; gets the code that opened the breaker. */
  readonly circuitOpenError: (code: number) => GmeError;
}

/** The Ok of {@link executeWithPolicy}. */
export interface ExecuteSuccess<V> {
  readonly value: V;
  /** SDK invocations made, at least 1. */
  readonly attempts: number;
  /** 0, or the code a `succeed()` rule accepted. */
  readonly code: number;
  /** The recovery that healed the call, when one did. */
  readonly recovered?: string;
}

/**
 * Where an invocation's Result goes: an object with a method rather than a callback, so that the
 * engine keeps one small object per call instead of a closure and its context.
 */
export interface ResultSink<V, R> {
  take(result: Result<V, GmeError>): R;
}
