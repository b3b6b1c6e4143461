import type { Result } from 'neverthrow';
import { err, ok } from 'neverthrow';
import pRetry from 'p-retry';

/**
 * Carries an Err through p-retry, which only retries thrown `Error`s (a thrown non-Error becomes
 * a `TypeError` it never retries). Private: unwrapped again before anything leaves the bridge.
 */
class ErrCarrier<E> extends Error {
  readonly carried: E;
  constructor(carried: E) {
    super('gme-result: an Err carried through p-retry');
    this.carried = carried;
  }
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
        if (result.isErr()) throw new ErrCarrier(result.error);
        return result.value;
      },
      {
        retries: maxRuns,
        minTimeout: 0,
        maxTimeout: 0,
        factor: 1,
        randomize: false,
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
