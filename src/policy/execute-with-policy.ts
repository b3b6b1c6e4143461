import type { Result } from 'neverthrow';
import { err, ok } from 'neverthrow';
import { createGmeError, type GmeError, withErrorFields } from '../errors/gme-error.js';
import { isAborted } from './call-signal.js';
import { continueAfterFailure } from './continue-after-failure.js';
import { holdForReconnect, shouldHold } from './hold-for-reconnect.js';
import { recordSuccess } from './record-outcome.js';

export type { Clock } from './clock.js';
export { systemClock } from './clock.js';
export type { RecoveryOutcome } from './recovery-types.js';

import type { ExecuteOptions, ExecuteSuccess } from './execute-types.js';

export type { ExecuteHooks, ExecuteOptions, ExecuteSuccess, OutageGate } from './execute-types.js';

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
export function executeWithPolicy<V>(o: ExecuteOptions<V>): Promise<Result<ExecuteSuccess<V>, GmeError>> {
  return Promise.resolve(startWithPolicy(o, identity));
}

const identity = <T>(value: T): T => value;

/**
 * {@link executeWithPolicy} with the caller's `finish` applied to the outcome: a first attempt
 * that succeeds synchronously finishes synchronously, and one answered by an event finishes in
 * the same promise turn as that event (no extra hops on the success path). `finish` must not throw.
 *
 * @internal
 */
export function startWithPolicy<V, R>(
  o: ExecuteOptions<V>,
  finish: (outcome: Result<ExecuteSuccess<V>, GmeError>) => R,
): R | Promise<R> {
  try {
    if (isAborted(o)) return finish(err(o.abortError(0)));
    // A call started while the SDK reports its connection down waits for it first ('calls' mode).
    if (shouldHold(o as ExecuteOptions<unknown>, 'first')) {
      const heldSince = o.clock.now();
      return holdForReconnect(o as ExecuteOptions<unknown>, 0, 0).then(
        (why) => {
          if (why === 'aborted' || isAborted(o)) return finish(err(o.abortError(0)));
          if (why === 'down') return finish(err(heldError(o, o.clock.now() - heldSince)));
          return startFirst(o, finish, why === 'up');
        },
        (thrown: unknown) => threw(o, false, thrown, finish),
      );
    }
    return startFirst(o, finish);
  } catch (thrown) {
    return threw(o, false, thrown, finish);
  }
}

/** The breaker's verdict, then the first attempt. */
function startFirst<V, R>(
  o: ExecuteOptions<V>,
  finish: (outcome: Result<ExecuteSuccess<V>, GmeError>) => R,
  released = false,
): R | Promise<R> {
  let trial = false;
  try {
    const breaker = o.breaker;
    if (breaker?.tracks(o.family)) {
      const now = o.clock.now();
      trial = breaker.state(o.family, now) === 'half-open';
      if (!breaker.canPass(o.family, now)) {
        const refused = o.circuitOpenError(breaker.lastCode(o.family) ?? 1005);
        return finish(err(withErrorFields(refused, { attempts: 0, circuitOpen: true })));
      }
    }
    const then = (first: Result<V, GmeError>): R | Promise<R> => {
      try {
        return afterFirst(o, first, trial, released, finish);
      } catch (thrown) {
        return threw(o, trial, thrown, finish);
      }
    };
    if (o.firstAttempt !== undefined) return o.firstAttempt(o.args, then) as R | Promise<R>;
    const first = o.attempt(1, o.args);
    return isThenable(first)
      ? Promise.resolve(first).then(then, (thrown) => threw(o, trial, thrown, finish))
      : then(first);
  } catch (thrown) {
    return threw(o, trial, thrown, finish);
  }
}

function afterFirst<V, R>(
  o: ExecuteOptions<V>,
  first: Result<V, GmeError>,
  trial: boolean,
  released: boolean,
  finish: (outcome: Result<ExecuteSuccess<V>, GmeError>) => R,
): R | Promise<R> {
  if (first.isOk()) {
    recordSuccess(o);
    return finish(ok({ value: first.value, attempts: 1, code: 0 }));
  }
  return continueAfterFailure(o, first.error, trial, released).then(finish);
}

function threw<V, R>(
  o: ExecuteOptions<V>,
  trial: boolean,
  thrown: unknown,
  finish: (outcome: Result<ExecuteSuccess<V>, GmeError>) => R,
): R {
  // Stryker disable next-line OptionalChaining: trial is true only after startFirst found a breaker in half-open state, so the breaker is there
  if (trial) o.breaker?.release(o.family);
  return finish(err(unexpectedError(o.operation, 1, thrown)));
}

function isThenable<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/** The error of a call whose hold before its first attempt ended with the connection still down. */
function heldError(o: ExecuteOptions<unknown>, heldMs: number): GmeError {
  if (o.heldError !== undefined) return o.heldError(heldMs);
  return createGmeError({ code: 1005, operation: o.operation, source: 'client', attempts: 0 });
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
