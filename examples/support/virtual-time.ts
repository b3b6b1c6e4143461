import FakeTimers, { type InstalledClock } from '@sinonjs/fake-timers';
import { settle } from 'gme-result/testing';

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
    // The package's own helper, on this sinon clock, in small steps so the timeline reads exact times.
    settle: <T>(promise: PromiseLike<T>): Promise<T> =>
      settle(promise, { clock, stepMs: STEP_MS, maxMs: MAX_MS }),
    async pause(ms: number): Promise<void> {
      await clock.tickAsync(ms);
    },
    uninstall: () => clock.uninstall(),
  };
}
