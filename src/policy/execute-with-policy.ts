import type { Result } from 'neverthrow';
import { err, ok } from 'neverthrow';
import { createGmeError, type GmeError, withErrorFields } from '../errors/gme-error.js';
import { isAborted } from './call-signal.js';
import { continueAfterFailure } from './continue-after-failure.js';
import { recordSuccess } from './record-outcome.js';

export type { Clock } from './clock.js';
export { systemClock } from './clock.js';
export type { RecoveryOutcome } from './recovery-types.js';

import type { ExecuteOptions, ExecuteSuccess } from './execute-types.js';

export type { ExecuteHooks, ExecuteOptions, ExecuteSuccess } from './execute-types.js';

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
