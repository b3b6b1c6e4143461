import type { Clock } from '../index.js';
import { EventQueue, type QueuedTask } from './event-queue.js';

// Captured when this module loads: draining the microtasks needs the real macrotask queue, even
// when a test has replaced the global timers with fake ones since.
const realSetImmediate = globalThis.setImmediate;

/**
 * Virtual time for the fleet: a discrete-event clock in frames of `frameMs`. Within a frame, tasks
 * (SDK events, retry waits, game timers) run in time order, each at its own time; promise
 * continuations run at the end of the frame, once per frame (as if the game polled the SDK once per
 * frame). The clients get it as their `clock`, so nothing depends on wall time.
 *
 * Why not @sinonjs/fake-timers: it finds the next timer by scanning all of them, and 10 000
 * clients keep thousands of timeouts armed; this queue has one bucket per frame.
 */
export class VirtualTime implements Clock {
  readonly #frameMs: number;
  readonly #queue: EventQueue;
  #now = 0;

  constructor(frameMs: number) {
    this.#frameMs = frameMs;
    this.#queue = new EventQueue(frameMs);
  }

  /** The virtual time, ms from the start of the run. */
  now(): number {
    return this.#now;
  }

  /** Runs `run` at `time` (not before now). */
  at(time: number, run: () => void): QueuedTask {
    return this.#queue.schedule(Math.max(time, this.#now), run);
  }

  /** Cancels a task of {@link at}; nothing happens if it ran already. */
  cancel(task: QueuedTask): void {
    this.#queue.cancel(task);
  }

  /** Resolves `ms` later on this clock; rejects with the signal's reason as soon as it aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const onAbort = (): void => {
        this.cancel(task);
        reject(signal?.reason);
      };
      const task = this.at(this.#now + ms, () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      });
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /**
   * Advances to `end` frame by frame. After each frame, every promise continuation runs before the
   * next frame starts; `onSecond` is called outside the frames, at most once per virtual second.
   */
  async runUntil(end: number, onSecond?: (now: number) => void): Promise<void> {
    const frame = this.#frameMs;
    let nextSecond = 1000;
    while (this.#now < end) {
      const slot = Math.floor(this.#now / frame);
      this.#queue.runSlot(slot, (task) => {
        if (task.time > this.#now) this.#now = task.time;
      });
      this.#now = (slot + 1) * frame;
      // Microtasks all run before the next macrotask: when this callback runs, the frame is over.
      await new Promise<void>((resolve) => realSetImmediate(resolve));
      if (onSecond !== undefined && this.#now >= nextSecond) {
        nextSecond = (Math.floor(this.#now / 1000) + 1) * 1000;
        onSecond(this.#now);
      }
    }
  }
}
