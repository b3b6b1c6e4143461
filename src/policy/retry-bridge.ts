import type { Result } from 'neverthrow';
import { err, ok } from 'neverthrow';
import pRetry from 'p-retry';

/**
 * Carries an Err through p-retry, which only retries thrown `Error`s (a thrown non-Error becomes
 * a `TypeError` it never retries). Private: unwrapped again before anything leaves the bridge.
 * Made by {@link carry}, never by `new`: p-retry needs only `instanceof Error`, and the
 * constructor would capture a stack trace on every failed attempt.
 */
class ErrCarrier<E> extends Error {
  declare readonly carried: E;
  static {
    // On the prototype: a carrier has no own fields but `carried`.
    Object.defineProperty(ErrCarrier.prototype, 'message', {
      value: 'gme-result: an Err carried through p-retry',
    });
  }
}

/** An {@link ErrCarrier} without a stack trace. */
function carry<E>(carried: E): ErrCarrier<E> {
  const carrier = Object.create(ErrCarrier.prototype) as { carried: E };
  carrier.carried = carried;
  return carrier as ErrCarrier<E>;
}

/**
 * Calls `invoke` until it returns Ok or `shouldContinue` (awaited after each Err) says no, with
 * p-retry driving the loop. p-retry's own waits are zero: `shouldContinue` does all the waiting
 * (on the engine's clock), so fake clocks work. `maxRuns` is only a backstop: the caller counts.
 * Returns the Ok value, or the Err that ended the loop. Rejects only if a callback throws.
 */
export async function retryThroughBridge<T, E>(
  invoke: () => Promise<Result<T, E>>,
  shouldContinue: (error: E) => Promise<boolean>,
  maxRuns: number,
): Promise<Result<T, E>> {
  try {
    const value = await pRetry(
      async () => {
        const result = await invoke();
        if (result.isErr()) throw carry(result.error);
        return result.value;
      },
      {
        retries: maxRuns,
        minTimeout: 0,
        maxTimeout: 0,
        factor: 1,
        shouldRetry: ({ error }) =>
          error instanceof ErrCarrier ? shouldContinue(error.carried as E) : false,
      },
    );
    return ok(value);
  } catch (thrown) {
    if (thrown instanceof ErrCarrier) return err(thrown.carried as E);
    throw thrown;
  }
}
