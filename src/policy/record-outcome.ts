import type { ExecuteOptions } from './execute-types.js';
import { callHook } from './fire-hook.js';

/**
 * Books a successful SDK invocation on the budget (refill) and the breaker (close), firing
 * `circuitClose` when the breaker closed and does not report transitions itself. Bookkeeping
 * never turns a success into a failure: whatever it throws is dropped.
 */
export function recordSuccess(o: ExecuteOptions<unknown>): void {
  try {
    o.budget?.recordSuccess();
    const breaker = o.breaker;
    // Stryker disable next-line OptionalChaining: without a breaker the plain call throws a TypeError into the catch below, after the budget's refill, which is all there is to do then
    if (breaker?.recordSuccess(o.family) && !breaker.reportsTransitions) {
      callHook(o.hooks, 'circuitClose', () => ({ family: o.family }));
    }
  } catch {
    // See above: the call's outcome matters more than the books.
  }
}

/**
 * Books a transient failure (a code whose rule is `retry`) on the breaker, firing `circuitOpen`
 * when it opened the family and the breaker does not report transitions itself.
 */
export function recordTransientFailure(o: ExecuteOptions<unknown>, code: number): void {
  const breaker = o.breaker;
  if (breaker === undefined) return;
  try {
    const until = breaker.recordFailure(o.family, o.clock.now(), code);
    if (until !== undefined && !breaker.reportsTransitions) {
      callHook(o.hooks, 'circuitOpen', () => ({ family: o.family, until }));
    }
  } catch {
    // A broken clock or breaker must not change the call's outcome.
  }
}
