/** A task scheduled on the {@link EventQueue}. */
export interface QueuedTask {
  readonly time: number;
  readonly seq: number;
  readonly run: () => void;
  cancelled: boolean;
}

/**
 * A calendar queue of timed tasks: one bucket per slot of `slotMs`, tasks within a slot run by
 * time, then by the order they were scheduled, so that the same schedule always runs in the same
 * order. Cancelling removes a task from its bucket at once (most per-call timeouts are cancelled
 * long before they are due, and a heap would keep them until then).
 */
export class EventQueue {
  readonly #slotMs: number;
  readonly #slots = new Map<number, Set<QueuedTask>>();
  #seq = 0;
  #size = 0;

  constructor(slotMs: number) {
    this.#slotMs = slotMs;
  }

  /** Tasks waiting, cancelled ones not included. */
  get size(): number {
    return this.#size;
  }

  /** Queues `run` at `time`. */
  schedule(time: number, run: () => void): QueuedTask {
    const task: QueuedTask = { time, seq: this.#seq++, run, cancelled: false };
    const slot = Math.floor(time / this.#slotMs);
    let bucket = this.#slots.get(slot);
    if (bucket === undefined) {
      bucket = new Set();
      this.#slots.set(slot, bucket);
    }
    bucket.add(task);
    this.#size++;
    return task;
  }

  /** Removes a task that has not run; nothing happens for one that ran or was cancelled. */
  cancel(task: QueuedTask): void {
    if (task.cancelled) return;
    task.cancelled = true;
    if (this.#slots.get(Math.floor(task.time / this.#slotMs))?.delete(task) === true) this.#size--;
  }

  /**
   * Runs every task of slot `slot` in order, `before(task)` first; tasks the running ones schedule
   * into the same slot run too.
   */
  runSlot(slot: number, before: (task: QueuedTask) => void): void {
    for (;;) {
      const bucket = this.#slots.get(slot);
      if (bucket === undefined || bucket.size === 0) {
        this.#slots.delete(slot);
        return;
      }
      this.#slots.delete(slot);
      this.#size -= bucket.size;
      const tasks = [...bucket].sort((a, b) => a.time - b.time || a.seq - b.seq);
      for (const task of tasks) {
        // A task of this batch may cancel a later one of the same batch.
        if (task.cancelled) continue;
        task.cancelled = true;
        before(task);
        task.run();
      }
    }
  }
}
