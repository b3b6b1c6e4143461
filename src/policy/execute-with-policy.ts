import type { Result } from 'neverthrow';
import { err, ok } from 'neverthrow';
import { createGmeError, type GmeError, withErrorFields } from '../errors/gme-error.js';
import { isAborted } from './call-signal.js';
import { continueAfterFailure } from './continue-after-failure.js';
import { firstAttemptGate, holdForReconnect } from './hold-for-reconnect.js';
import { recordSuccess } from './record-outcome.js';

export type { Clock } from './clock.js';
export { systemClock } from './clock.js';
export type { RecoveryOutcome } from './recovery-types.js';

import type { ExecuteOptions, ExecuteSuccess, OutageGate, ResultSink } from './execute-types.js';

export type {
  ExecuteHooks,
  ExecuteOptions,
  ExecuteSuccess,
  OutageGate,
  ResultSink,
} from './execute-types.js';

/** Applies the caller's finish to an outcome; it gets the call's options too, so it needs no closure. */
type Finish<V, R> = (outcome: Result<ExecuteSuccess<V>, GmeError>, o: ExecuteOptions<V>) => R;

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
 * the same promise turn as that event (no extra hops on the success path). `finish` must not
 * throw; it gets the options as its second argument, so a caller can pass one function for every
 * call instead of a closure per call.
 *
 * @internal
 */
export function startWithPolicy<V, R>(o: ExecuteOptions<V>, finish: Finish<V, R>): R | Promise<R> {
  try {
    if (isAborted(o)) return finish(err(o.abortError(0)), o);
    // 'calls' mode: a call started while the SDK reports its connection down waits for it first,
    // and right after the reconnect the client's calls take turns (see OutageGate.admit).
    const gate = firstAttemptGate(o as ExecuteOptions<unknown>);
    if (gate !== undefined) {
      const admitted = gate.admit();
      if (admitted === 'wait') return heldFirst(o, gate, finish);
      // With the turn, one attempt: a retry could be held again while the call keeps the turn,
      // and the calls behind it would wait for a turn that is never given back.
      if (admitted === 'turn') return startFirst(o, endingTurn(gate, finish), true);
    }
    return startFirst(o, finish);
  } catch (thrown) {
    return threw(o, false, thrown, finish);
  }
}

/** Holds the call before its first attempt, then makes it (one attempt, if the reconnect released it). */
function heldFirst<V, R>(o: ExecuteOptions<V>, gate: OutageGate, finish: Finish<V, R>): Promise<R> {
  const heldSince = o.clock.now();
  return holdForReconnect(o as ExecuteOptions<unknown>, 0, 0).then(
    (why) => {
      const done = why === 'up' ? endingTurn(gate, finish) : finish;
      if (why === 'aborted' || isAborted(o)) return done(err(o.abortError(0)), o);
      if (why === 'down') return done(err(heldError(o, o.clock.now() - heldSince)), o);
      return startFirst(o, done, why === 'up', true);
    },
    (thrown: unknown) => threw(o, false, thrown, finish),
  );
}

/** `finish`, after giving the gate's turn back. */
function endingTurn<V, R>(gate: OutageGate, finish: Finish<V, R>): Finish<V, R> {
  return (outcome, o) => {
    gate.endTurn(outcome.isOk());
    return finish(outcome, o);
  };
}

/**
 * The breaker's verdict, then the first attempt. `held`: the call waited for a reconnect first, so
 * its first invocation goes through `attempt`, whose wait for the SDK's answer counts from now;
 * `firstAttempt` may count it from the call's start.
 */
function startFirst<V, R>(
  o: ExecuteOptions<V>,
  finish: Finish<V, R>,
  released = false,
  held = false,
): R | Promise<R> {
  let trial = false;
  try {
    const breaker = o.breaker;
    if (breaker?.tracks(o.family)) {
      const now = o.clock.now();
      trial = breaker.state(o.family, now) === 'half-open';
      if (!breaker.canPass(o.family, now)) {
        const refused = o.circuitOpenError(breaker.lastCode(o.family) ?? 1005);
        return finish(err(withErrorFields(refused, { attempts: 0, circuitOpen: true })), o);
      }
    }
    const sink = new FirstOutcome(o, trial, released, finish);
    if (o.firstAttempt !== undefined && !held) return o.firstAttempt(o.args, sink) as R | Promise<R>;
    const first = o.attempt(1, o.args);
    return isThenable(first)
      ? Promise.resolve(first).then(
          (r) => sink.take(r),
          (thrown) => threw(o, trial, thrown, finish),
        )
      : sink.take(first);
  } catch (thrown) {
    return threw(o, trial, thrown, finish);
  }
}

/** Takes the first attempt's Result: one small object per call where a closure would cost more. */
class FirstOutcome<V, R> implements ResultSink<V, R | Promise<R>> {
  readonly #o: ExecuteOptions<V>;
  readonly #trial: boolean;
  readonly #released: boolean;
  readonly #finish: Finish<V, R>;

  constructor(o: ExecuteOptions<V>, trial: boolean, released: boolean, finish: Finish<V, R>) {
    this.#o = o;
    this.#trial = trial;
    this.#released = released;
    this.#finish = finish;
  }

  take(first: Result<V, GmeError>): R | Promise<R> {
    const o = this.#o;
    try {
      if (first.isOk()) {
        recordSuccess(o);
        return this.#finish(ok({ value: first.value, attempts: 1, code: 0 }), o);
      }
      const finish = this.#finish;
      return continueAfterFailure(o, first.error, this.#trial, this.#released).then((r) => finish(r, o));
    } catch (thrown) {
      return threw(o, this.#trial, thrown, this.#finish);
    }
  }
}

function threw<V, R>(o: ExecuteOptions<V>, trial: boolean, thrown: unknown, finish: Finish<V, R>): R {
  // Stryker disable next-line OptionalChaining: trial is true only after startFirst found a breaker in half-open state, so the breaker is there
  if (trial) o.breaker?.release(o.family);
  return finish(err(unexpectedError(o.operation, 1, thrown)), o);
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
