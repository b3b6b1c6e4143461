/**
 * A FIFO semaphore: at most `limit` holders at once, the rest wait in order. Used for GME's
 * per-account cap of 10 concurrent speech-to-text requests.
 */
export class ConcurrencyLimit {
  readonly #limit: number;
  #active = 0;
  readonly #queue: Array<() => void> = [];

  constructor(limit: number) {
    this.#limit = limit;
  }

  /** Holders right now. */
  get active(): number {
    return this.#active;
  }

  /** Callers waiting for a slot. */
  get waiting(): number {
    return this.#queue.length;
  }

  /** Takes a slot now if one is free. */
  tryAcquire(): boolean {
    if (this.#active >= this.#limit) return false;
    this.#active++;
    return true;
  }

  /**
   * Waits for a slot. `grant` runs when the slot is handed over; the returned function cancels the
   * wait (and returns false if the slot was already granted).
   */
  enqueue(grant: () => void): () => boolean {
    let queued = true;
    const entry = (): void => {
      queued = false;
      grant();
    };
    this.#queue.push(entry);
    return () => {
      if (!queued) return false;
      queued = false;
      // Still queued means still in the queue: release() unmarks an entry as it shifts it out.
      this.#queue.splice(this.#queue.indexOf(entry), 1);
      return true;
    };
  }

  /** Gives a slot back; the oldest waiter gets it. */
  release(): void {
    const next = this.#queue.shift();
    if (next) next();
    else this.#active--;
  }
}
