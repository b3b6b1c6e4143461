import FakeTimers, { type InstalledClock } from '@sinonjs/fake-timers';

/** Virtual time for a demo or example: Date, timers and intervals follow a clock we advance. */
export interface VirtualTime {
  /** The fake clock (advance it with `tickAsync`). */
  readonly clock: InstalledClock;
  /** Virtual milliseconds since `installVirtualTime` was called. */
  elapsed(): number;
  /** Advances virtual time in small steps until `promise` settles, and returns its value. */
  settle<T>(promise: PromiseLike<T>): Promise<T>;
  /** Lets `ms` of virtual time pass (timers, polling and SDK events run meanwhile). */
  pause(ms: number): Promise<void>;
  /** Restores the real `Date`, `setTimeout` and `setInterval`. */
  uninstall(): void;
}

/** The virtual start time: a fixed date, so every run prints the same timeline. */
const START = Date.UTC(2025, 0, 1, 12, 0, 0);
const STEP_MS = 5;
const MAX_MS = 10 * 60_000;

/**
 * Installs fake timers on `globalThis`. Call it **before** creating the simulator and the client,
 * so that both read the fake `Date.now` and schedule on the fake `setTimeout`/`setInterval`.
 * Microtasks stay real: promises resolve as usual between timer steps.
 */
export function installVirtualTime(): VirtualTime {
  const clock = FakeTimers.withGlobal(globalThis).install({
    now: START,
    toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
  });
  return {
    clock,
    elapsed: () => Date.now() - START,
    async settle<T>(promise: PromiseLike<T>): Promise<T> {
      let done = false;
      let value: T | undefined;
      let failure: unknown;
      let failed = false;
      Promise.resolve(promise).then(
        (v) => {
          done = true;
          value = v;
        },
        (e: unknown) => {
          done = true;
          failed = true;
          failure = e;
        },
      );
      // Let already-resolved work finish before time moves.
      await clock.tickAsync(0);
      for (let waited = 0; !done && waited <= MAX_MS; waited += STEP_MS) await clock.tickAsync(STEP_MS);
      if (!done) throw new Error(`Still pending after ${MAX_MS} ms of virtual time.`);
      if (failed) throw failure;
      return value as T;
    },
    async pause(ms: number): Promise<void> {
      await clock.tickAsync(ms);
    },
    uninstall: () => clock.uninstall(),
  };
}
