import type { Result } from 'neverthrow';
import { err, ok } from 'neverthrow';
import { createGmeError, type GmeError, withErrorFields } from '../errors/gme-error.js';
import { isAborted } from './call-signal.js';
import type { CircuitBreaker } from './circuit-breaker.js';
import type { Clock } from './clock.js';
import { continueAfterFailure } from './continue-after-failure.js';
import type { Policy } from './define-policy.js';
import { recordSuccess } from './record-outcome.js';
import type { CustomRecovery, RecoveryName, RecoveryOutcome } from './recovery-types.js';
import type { RetryBudget } from './retry-budget.js';

export type { Clock } from './clock.js';
export { systemClock } from './clock.js';
export type { RecoveryOutcome } from './recovery-types.js';

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
  readonly attempt: (attempt: number, args: unknown) => Promise<Result<V, GmeError>>;
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
 * Runs one call under a policy. The first SDK invocation runs directly; only a failure resolves
 * the rules and, for a `retry` rule, enters the retry loop (p-retry behind a private bridge, with
 * waits on `clock`). Never rejects: whatever `attempt`, a recovery, a hook or the clock does,
 * the answer is a Result. When the client's own callbacks throw, the call ends with the last SDK
 * error (or, before any, a client-made error with code -1 holding the thrown value as `cause`).
 *
 * Internal: the client builds the options; not part of the package's public API.
 *
 * @internal
 */
export async function executeWithPolicy<V>(
  o: ExecuteOptions<V>,
): Promise<Result<ExecuteSuccess<V>, GmeError>> {
  let trial = false;
  let first: Result<V, GmeError>;
  try {
    if (isAborted(o)) return err(o.abortError(0));
    const breaker = o.breaker;
    if (breaker !== undefined) {
      const now = o.clock.now();
      trial = breaker.state(o.family, now) === 'half-open';
      if (!breaker.canPass(o.family, now)) {
        const refused = o.circuitOpenError(breaker.lastCode(o.family) ?? 1005);
        return err(withErrorFields(refused, { attempts: 0, circuitOpen: true }));
      }
    }
    first = await o.attempt(1, o.args);
    if (first.isOk()) {
      recordSuccess(o);
      return ok({ value: first.value, attempts: 1, code: 0 });
    }
  } catch (thrown) {
    // Stryker disable next-line OptionalChaining: trial is only ever true when there is a breaker
    if (trial) o.breaker?.release(o.family);
    return err(unexpectedError(o.operation, 1, thrown));
  }
  return continueAfterFailure(o, first.error, trial);
}

/** The error for a callback that threw where no SDK error is at hand. */
export function unexpectedError(operation: string, attempts: number, thrown: unknown): GmeError {
  return createGmeError({
    code: -1,
    operation,
    source: 'client',
    attempts,
    cause: thrown,
    detail: 'A callback of the client threw instead of returning a Result.',
  });
}
