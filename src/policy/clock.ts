/** Time as the engine sees it; tests pass a fake one instead of wall time. */
export interface Clock {
  /** The current time in ms, on the same scale as `deadline`. */
  now(): number;
  /** Resolves after `ms`; rejects with `signal.reason` as soon as `signal` aborts (at once if it already has). */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/**
 * The real clock: `Date.now()` and `setTimeout`, with the timer cleared on abort (no leaked
 * timers or listeners either way).
 *
 * @example
 * import { systemClock } from 'gme-result';
 * await systemClock.sleep(100, AbortSignal.timeout(50)); // rejects after 50 ms with a TimeoutError
 */
export const systemClock: Clock = Object.freeze({
  now: (): number => Date.now(),
  sleep: (ms: number, signal?: AbortSignal): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const onAbort = (): void => {
        clearTimeout(timer);
        // Stryker disable next-line OptionalChaining: onAbort is only ever added to a signal as its listener, so signal is there when it runs
        reject(signal?.reason);
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
});
