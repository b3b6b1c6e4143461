import type { Clock } from 'gme-result';
import { EventQueue, type QueuedTask } from './event-queue.js';

// Captured before any timer is replaced: draining microtasks needs the real macrotask queue.
const realSetImmediate = globalThis.setImmediate;
/** Resolves once every pending microtask (promise continuation) has run. */
const drainMicrotasks = (): Promise<void> => new Promise((resolve) => realSetImmediate(resolve));

/** A virtual timer handle: what `setTimeout` returns while {@link VirtualTime.install} is in force. */
interface VirtualTimer {
  task: QueuedTask;
  ref(): VirtualTimer;
  unref(): VirtualTimer;
  hasRef(): boolean;
}

const GLOBALS = ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] as const;
type Saved = Record<(typeof GLOBALS)[number], unknown>;

/**
 * Virtual time for the fleet: a discrete-event clock in frames of `frameMs`. Within a frame, tasks
 * (SDK events, retry waits, game timers) run in time order, each at its own time; promise
 * continuations run at the end of the frame, once per frame (as if the game polled the SDK once per
 * frame). The clients get it as their `clock`, and {@link install} puts the global timers (the
 * event bridge's per-call timeouts) on the same queue, so nothing depends on wall time.
 *
 * Why not @sinonjs/fake-timers: it finds the next timer by scanning all of them, and 10 000
 * clients keep thousands of timeouts armed; this queue has one bucket per frame (the library's
 * unit tests use fake timers through vitest).
 */
export class VirtualTime implements Clock {
  readonly #frameMs: number;
  readonly #queue: EventQueue;
  #now = 0;
  #saved: Saved | undefined;

  constructor(frameMs: number) {
    this.#frameMs = frameMs;
    this.#queue = new EventQueue(frameMs);
  }

  now(): number {
    return this.#now;
  }

  /** Runs `run` at `time` (not before now). */
  at(time: number, run: () => void): QueuedTask {
    return this.#queue.schedule(Math.max(time, this.#now), run);
  }

  cancel(task: QueuedTask): void {
    this.#queue.cancel(task);
  }

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
   * Replaces the global `setTimeout`/`setInterval` (and their `clear…`) with timers on this clock.
   * Call before creating clients; undo with {@link uninstall}. `setImmediate` and microtasks stay real.
   */
  install(): void {
    if (this.#saved !== undefined) return;
    const g = globalThis as unknown as Record<string, unknown>;
    this.#saved = Object.fromEntries(GLOBALS.map((k) => [k, g[k]])) as Saved;
    const handle = (task: QueuedTask): VirtualTimer => {
      const h: VirtualTimer = { task, ref: () => h, unref: () => h, hasRef: () => false };
      return h;
    };
    const clear = (h: unknown): void => {
      const task = (h as Partial<VirtualTimer> | null | undefined)?.task;
      if (task !== undefined) this.cancel(task);
    };
    const delay = (ms: unknown): number => Math.max(0, Number(ms) || 0);
    g.setTimeout = (fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) =>
      handle(this.at(this.#now + delay(ms), () => fn(...args)));
    g.clearTimeout = clear;
    g.setInterval = (fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
      const every = Math.max(1, delay(ms));
      const tick = (): void => {
        h.task = this.at(this.#now + every, tick);
        fn(...args);
      };
      const h = handle(this.at(this.#now + every, tick));
      return h;
    };
    g.clearInterval = clear;
  }

  uninstall(): void {
    if (this.#saved === undefined) return;
    Object.assign(globalThis, this.#saved);
    this.#saved = undefined;
  }

  /** Advances to `end` frame by frame, draining the microtasks after each frame. */
  async runUntil(end: number): Promise<void> {
    const frame = this.#frameMs;
    while (this.#now < end) {
      const slot = Math.floor(this.#now / frame);
      this.#queue.runSlot(slot, (task) => {
        if (task.time > this.#now) this.#now = task.time;
      });
      this.#now = (slot + 1) * frame;
      await drainMicrotasks();
    }
  }
}
