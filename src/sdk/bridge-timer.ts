/** The time source a bridge may run on instead of real timers (the client's `clock` option). */
export interface BridgeClock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** Real time: `Date.now()` and `setTimeout`. */
const REAL_TIME: BridgeClock = { now: () => Date.now(), sleep: () => Promise.resolve() };

const noop = (): void => {};

/**
 * The one timer of an event bridge: armed for the earliest deadline of the pending invocations,
 * moved earlier when an invocation with an earlier deadline arrives, cancelled when nothing is
 * pending. On real time it is a plain `setTimeout` (ref'd: a pending call keeps Node alive until
 * it settles, as one timer per call did); on another clock it waits on `clock.sleep`, so a
 * virtual clock drives the bridge's timeouts without patching globals.
 */
export class BridgeTimer {
  readonly #clock: BridgeClock;
  readonly #fire: () => void;
  readonly #native: boolean;
  #handle: ReturnType<typeof setTimeout> | undefined;
  #sleep: AbortController | undefined;
  /** When the armed timer fires (clock ms); +Infinity when not armed. */
  #at = Number.POSITIVE_INFINITY;

  /** `clock` undefined: real time with `setTimeout`. */
  constructor(clock: BridgeClock | undefined, fire: () => void) {
    this.#clock = clock ?? REAL_TIME;
    this.#fire = fire;
    this.#native = clock === undefined;
  }

  /** True while armed (for leak checks). */
  get armed(): boolean {
    return this.#at !== Number.POSITIVE_INFINITY;
  }

  /** Makes sure the timer fires no later than `at` (clock ms). */
  schedule(at: number): void {
    if (at >= this.#at) return;
    this.cancel();
    this.#at = at;
    const ms = Math.max(0, at - this.#clock.now());
    if (this.#native) {
      this.#handle = setTimeout(this.#onNative, ms);
      return;
    }
    const sleep = new AbortController();
    this.#sleep = sleep;
    let waiting: Promise<void>;
    try {
      waiting = this.#clock.sleep(ms, sleep.signal);
    } catch {
      // A clock whose sleep throws cannot time anything: fall back to real time.
      this.#sleep = undefined;
      this.#handle = setTimeout(this.#onNative, ms);
      return;
    }
    waiting.then(() => {
      if (this.#sleep !== sleep) return;
      this.#sleep = undefined;
      this.#at = Number.POSITIVE_INFINITY;
      this.#fire();
    }, noop);
  }

  /** Disarms the timer. */
  cancel(): void {
    this.#at = Number.POSITIVE_INFINITY;
    if (this.#handle !== undefined) {
      clearTimeout(this.#handle);
      this.#handle = undefined;
    }
    if (this.#sleep !== undefined) {
      const sleep = this.#sleep;
      this.#sleep = undefined;
      sleep.abort();
    }
  }

  readonly #onNative = (): void => {
    this.#handle = undefined;
    this.#at = Number.POSITIVE_INFINITY;
    this.#fire();
  };
}
