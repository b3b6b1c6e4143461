import type { SimClock } from './sim-options.js';

/** One queued SDK event. */
export interface SimEvent {
  /** Order of creation: events due at the same time are delivered in this order. */
  readonly seq: number;
  /** When the event is due, in clock milliseconds. */
  due: number;
  /** GME's native event id. */
  readonly type: number;
  /** A payload object to format per surface, or (when `raw`) the exact value to hand over. */
  readonly payload: unknown;
  /** Hand `payload` over as is (malformed payloads, `control.emit`). */
  readonly raw: boolean;
  /** Translate `type` to the surface's numbering (false for `control.emit`: the caller chose it). */
  readonly translate: boolean;
  /** The state change the event stands for, run right before it is handed over. */
  readonly apply?: (() => void) | undefined;
  /** Checked at delivery: a superseded event (e.g. a reconnect after leaving) is dropped. */
  readonly live?: (() => boolean) | undefined;
  /** A label to find pending events again (`'play'` for `PttStopPlayFile`). */
  readonly tag?: string | undefined;
}

/** A new event, before it gets its sequence number. */
export type NewSimEvent = Omit<SimEvent, 'seq'>;

/**
 * The event queue. `'poll'` mode (native/Electron) delivers due events only when `deliverDue()`
 * runs (inside `Poll()`); `'timer'` mode (H5) arms one `setTimeout` per event at its due time.
 */
export class SimScheduler {
  readonly #mode: 'poll' | 'timer';
  readonly #clock: SimClock;
  readonly #deliver: (event: SimEvent) => void;
  #queue: SimEvent[] = [];
  readonly #timers = new Map<SimEvent, ReturnType<typeof setTimeout>>();
  #seq = 0;

  constructor(mode: 'poll' | 'timer', clock: SimClock, deliver: (event: SimEvent) => void) {
    this.#mode = mode;
    this.#clock = clock;
    this.#deliver = deliver;
  }

  /** Events queued and not yet delivered or dropped. */
  get size(): number {
    return this.#mode === 'poll' ? this.#queue.length : this.#timers.size;
  }

  /** Queues an event. */
  add(event: NewSimEvent): SimEvent {
    const queued: SimEvent = { ...event, seq: this.#seq++ };
    if (this.#mode === 'poll') this.#queue.push(queued);
    else this.#arm(queued);
    return queued;
  }

  /**
   * Delivers every event due now, in (due, creation) order; events queued meanwhile wait for the
   * next call. If a delivery throws, the rest stay queued and the error propagates.
   */
  deliverDue(): void {
    if (this.#queue.length === 0) return; // always so in 'timer' mode
    const now = this.#clock.now();
    const due = this.#queue.filter((e) => e.due <= now).sort((a, b) => a.due - b.due || a.seq - b.seq);
    if (due.length === 0) return;
    this.#queue = this.#queue.filter((e) => e.due > now);
    for (let i = 0; i < due.length; i++) {
      try {
        this.#deliver(due[i] as SimEvent);
      } catch (error) {
        this.#queue.push(...due.slice(i + 1));
        throw error;
      }
    }
  }

  /** Makes every pending event with this tag due now. Returns how many there were. */
  expedite(tag: string): number {
    const now = this.#clock.now();
    const tagged =
      this.#mode === 'poll'
        ? this.#queue.filter((e) => e.tag === tag)
        : [...this.#timers.keys()].filter((e) => e.tag === tag);
    for (const event of tagged) {
      event.due = Math.min(event.due, now);
      if (this.#mode === 'timer') {
        clearTimeout(this.#timers.get(event));
        this.#arm(event);
      }
    }
    return tagged.length;
  }

  /** Drops every pending event. */
  clear(): void {
    this.#queue = [];
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
  }

  #arm(event: SimEvent): void {
    const timer = setTimeout(
      () => {
        this.#timers.delete(event);
        this.#deliver(event);
      },
      Math.max(0, event.due - this.#clock.now()),
    );
    // A simulated SDK must not keep a Node process (a script, a benchmark) alive on its own.
    (timer as { unref?: () => void }).unref?.();
    this.#timers.set(event, timer);
  }
}
