import type { OperationName } from '../operations.js';
import { AbortWatchers } from './abort-watchers.js';
import type { GmeAdapter } from './adapter.js';
import { BridgeRequest, resolveWith } from './bridge-request.js';
import { type BridgeClock, BridgeTimer } from './bridge-timer.js';
import type { ConcurrencyLimit } from './concurrency-limit.js';
import { DeadlineHeap } from './deadline-heap.js';
import { EventRead } from './event-read.js';
import type { InvokeOutcome } from './invoke-types.js';
import { PendingCalls } from './pending-calls.js';

export type { InvokeOutcome } from './invoke-types.js';
export { BridgeRequest };

/** Which operation each completion event settles, and the payload field that correlates it. */
export const COMPLETION_EVENTS: ReadonlyMap<
  number,
  { readonly operation: OperationName; readonly field?: 'filePath' | 'fileId' }
> = new Map([
  [1, { operation: 'enterRoom' }],
  [2, { operation: 'exitRoom' }],
  [13, { operation: 'switchRoom' }],
  [5001, { operation: 'stopRecording' }],
  [5002, { operation: 'uploadRecordedFile', field: 'filePath' }],
  [5003, { operation: 'downloadRecordedFile', field: 'fileId' }],
  [5004, { operation: 'playRecordedFile', field: 'filePath' }],
  [5005, { operation: 'speechToText', field: 'fileId' }],
  [5006, { operation: 'startStreamingRecognition', field: 'filePath' }],
] as const);

/** Callbacks the bridge reports through. None may throw (the client guards them). */
export interface BridgeHooks {
  /** Every SDK event, read, before it settles anything. */
  readonly onSdkEvent: (eventType: number, event: EventRead) => void;
  /** A completion event that matched no pending call. */
  readonly onUnmatched: (eventType: number, operation: OperationName, event: EventRead) => void;
  /** The game's delegate threw. */
  readonly onForwardError: (eventType: number, error: unknown) => void;
}

const ABORTED: InvokeOutcome = Object.freeze({ kind: 'aborted' });
const NOT_INVOKED_ABORT: InvokeOutcome = Object.freeze({ kind: 'aborted', invoked: false });
const notInvoked = (timeoutMs: number): InvokeOutcome => ({ kind: 'timeout', timeoutMs, invoked: false });

/** A call waiting for a limiter slot, in the deadline heap beside the pending invocations. */
interface SlotWait {
  readonly deadline: number;
  heapIndex: number;
  readonly expire: () => void;
}
/** A settled promise: `RESOLVED.then(f)` runs `f` in a microtask, more cheaply than `queueMicrotask`. */
const RESOLVED = Promise.resolve();

/**
 * The event bridge: one delegate on the SDK, one pending entry per invocation, and exactly one
 * settlement per invocation — the immediate return code, the matching event, the timeout or the
 * abort, whichever comes first. Later events for a settled invocation are reported, never applied.
 *
 * One timer serves every pending invocation (armed for the earliest deadline, see
 * {@link BridgeTimer}); `clock`, when given, times out invocations instead of `setTimeout`.
 */
export class EventBridge {
  readonly #adapter: GmeAdapter;
  readonly #hooks: BridgeHooks;
  readonly #pending = new PendingCalls<BridgeRequest<unknown>>();
  readonly #deadlines = new DeadlineHeap<BridgeRequest<unknown> | SlotWait>();
  readonly #watchers = new AbortWatchers();
  readonly #timer: BridgeTimer;
  readonly #now: () => number;
  readonly #detach: () => void;
  /** Limiter waits that dispose() must end. */
  readonly #waits = new Set<() => void>();
  #pollTimer: ReturnType<typeof setInterval> | undefined;
  #disposed = false;
  #armQueued = false;
  #lastEventType = 0;

  constructor(adapter: GmeAdapter, hooks: BridgeHooks, clock?: BridgeClock) {
    this.#adapter = adapter;
    this.#hooks = hooks;
    this.#timer = new BridgeTimer(clock, () => this.#expire());
    this.#now = clock === undefined ? Date.now : () => clock.now();
    this.#detach = adapter.attach(
      (eventType, raw) => this.#onEvent(eventType, raw),
      (error) => hooks.onForwardError(this.#lastEventType, error),
    );
  }

  /** Pending invocations, armed timers and live entries, for leak checks. */
  get stats(): {
    readonly pending: number;
    readonly keys: number;
    readonly timers: number;
    readonly live: number;
  } {
    return {
      pending: this.#pending.size,
      keys: this.#pending.keyCount,
      timers: this.#timer.armed ? 1 : 0,
      live: this.#deadlines.size + this.#waits.size,
    };
  }

  /** Calls the SDK's `Poll` every `intervalMs` (the timer does not keep Node alive on its own). */
  startPolling(intervalMs: number): void {
    const poll = this.#adapter.poll;
    if (poll === undefined || this.#pollTimer !== undefined || this.#disposed) return;
    this.#pollTimer = setInterval(() => {
      try {
        poll.call(this.#adapter);
      } catch {
        // A throwing Poll must not kill the driver; the calls it would have answered time out.
      }
    }, intervalMs);
    (this.#pollTimer as { unref?: () => void }).unref?.();
  }

  /**
   * Invokes the SDK once and hands the outcome to `req.finish`, whose value this returns: at once when
   * the return value alone answers, else as a promise (never rejected by the bridge itself).
   */
  invoke<T>(req: BridgeRequest<T>): T | Promise<T> {
    if (this.#disposed || req.signal?.aborted) return req.finish(NOT_INVOKED_ABORT);
    const limit = req.limit;
    if (limit === undefined || limit.tryAcquire()) return this.#start(req, limit, undefined);
    return this.#waitForSlot(req, limit);
  }

  /**
   * Waits for a slot of `limit`, then invokes. The wait counts toward the invocation's timeout
   * (one deadline for both), and ends at once on abort or dispose; an invocation that never got
   * its slot says so (`invoked: false`), so it is not counted as an SDK invocation.
   */
  #waitForSlot<T>(req: BridgeRequest<T>, limit: ConcurrencyLimit): Promise<T> {
    const deadline = (req.now ?? this.#now()) + req.timeoutMs;
    return new Promise<T>((resolve) => {
      const signal = req.signal;
      const wait: SlotWait = { deadline, heapIndex: -1, expire: () => stop(notInvoked(req.timeoutMs)) };
      const end = (outcome: InvokeOutcome | undefined): void => {
        this.#waits.delete(onDispose);
        if (this.#deadlines.remove(wait) && this.#deadlines.size === 0) this.#timer.cancel();
        if (signal !== undefined) this.#watchers.unwatch(signal, onAbort);
        if (outcome !== undefined) resolveWith(resolve, req, outcome);
      };
      const cancel = limit.enqueue(() => {
        end(undefined);
        if (this.#disposed || signal?.aborted) {
          limit.release();
          resolveWith(resolve, req, NOT_INVOKED_ABORT);
        } else resolve(this.#start(req, limit, deadline));
      });
      const stop = (outcome: InvokeOutcome): void => {
        if (cancel()) end(outcome);
      };
      const onAbort = (): void => stop(NOT_INVOKED_ABORT);
      const onDispose = onAbort;
      this.#waits.add(onDispose);
      if (signal !== undefined) this.#watchers.watch(signal, onAbort);
      this.#deadlines.push(wait);
      this.#armSoon();
    });
  }

  /** `deadline`: when the invocation times out; default its timeout from now (or from `req.now`). */
  #start<T>(
    req: BridgeRequest<T>,
    limit: ConcurrencyLimit | undefined,
    deadline: number | undefined,
  ): T | Promise<T> {
    const eventType = req.eventType;
    if (eventType === undefined) {
      const outcome = callSync(req);
      limit?.release();
      return req.finish(outcome);
    }
    return new Promise<T>((resolve) => {
      req.open(resolve, deadline ?? (req.now ?? this.#now()) + req.timeoutMs, limit);
      const any = req as unknown as BridgeRequest<unknown>;
      // Registered before the call: a custom SDK may answer synchronously from inside it.
      this.#pending.add(eventType, req.match, any);
      this.#deadlines.push(any);
      const signal = req.signal;
      if (signal !== undefined) {
        req.onAbort = () => this.#drop(any, ABORTED);
        this.#watchers.watch(signal, req.onAbort);
      }
      const first = callSync(req);
      if (first.kind !== 'ok') this.#drop(any, first);
      // After the SDK call: whatever that call queued to answer it runs before the arming.
      else if (req.pending) this.#armSoon();
    });
  }

  /** Ends an invocation that no event settled (timeout, abort, an immediate error). */
  #drop(req: BridgeRequest<unknown>, outcome: InvokeOutcome): void {
    this.#pending.remove(req.eventType as number, req.match, req);
    this.#settle(req, outcome);
  }

  #settle(req: BridgeRequest<unknown>, outcome: InvokeOutcome): void {
    if (!req.pending) return;
    if (this.#deadlines.remove(req) && this.#deadlines.size === 0) this.#timer.cancel();
    const signal = req.signal;
    if (signal !== undefined && req.onAbort !== undefined) {
      this.#watchers.unwatch(signal, req.onAbort);
      req.onAbort = undefined;
    }
    req.end(outcome);
  }

  /**
   * Arms the timer for the earliest deadline one microtask from now, not at once: most
   * invocations on a busy path are answered before that (the event comes in the same Poll), and
   * then no timer is made or cleared at all. Deadlines are absolute, so the delay changes none.
   */
  #armSoon(): void {
    if (this.#armQueued) return;
    this.#armQueued = true;
    RESOLVED.then(this.#arm);
  }

  readonly #arm = (): void => {
    this.#armQueued = false;
    const first = this.#deadlines.peek();
    if (first !== undefined && !this.#disposed) this.#timer.schedule(first.deadline);
  };

  /** The timer fired: time out every invocation whose deadline has passed, then re-arm. */
  #expire(): void {
    const now = this.#now();
    for (let due = this.#deadlines.peek(); due !== undefined && due.deadline <= now; ) {
      if (due instanceof BridgeRequest) this.#drop(due, { kind: 'timeout', timeoutMs: due.timeoutMs });
      else due.expire();
      due = this.#deadlines.peek();
    }
    const next = this.#deadlines.peek();
    if (next !== undefined) this.#timer.schedule(next.deadline);
  }

  #onEvent(eventType: unknown, raw: unknown): void {
    if (typeof eventType !== 'number') return;
    this.#lastEventType = eventType;
    const event = new EventRead(raw);
    this.#hooks.onSdkEvent(eventType, event);
    const completion = COMPLETION_EVENTS.get(eventType);
    if (completion === undefined) return;
    const match = completion.field === undefined ? '' : event[completion.field];
    const req = match === undefined ? undefined : this.#pending.takeOldest(eventType, match);
    if (req === undefined) {
      this.#hooks.onUnmatched(eventType, completion.operation, event);
      return;
    }
    const code = event.result;
    this.#settle(
      req,
      code === undefined
        ? { kind: 'malformed', payload: event }
        : code === 0
          ? { kind: 'ok', payload: event, returned: 0 }
          : { kind: 'code', code, payload: event },
    );
  }

  /** Stops polling, gives the SDK back the game's delegate and settles every live call as aborted. */
  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    if (this.#pollTimer !== undefined) clearInterval(this.#pollTimer);
    this.#pollTimer = undefined;
    try {
      this.#detach();
    } catch {
      // An adapter whose detach throws must not keep the client alive.
    }
    for (const due of this.#deadlines.entries()) if (due instanceof BridgeRequest) this.#drop(due, ABORTED);
    for (const wait of [...this.#waits]) wait();
    this.#timer.cancel();
  }
}

/** Calls the SDK and reads its synchronous return value. */
function callSync<T>(req: BridgeRequest<T>): InvokeOutcome {
  let returned: unknown;
  try {
    returned = req.call();
  } catch (error) {
    return { kind: 'threw', error };
  }
  if (returned === 0 || req.anyReturn === true) return { kind: 'ok', payload: undefined, returned };
  if (Number.isInteger(returned)) return { kind: 'code', code: returned as number, payload: undefined };
  return { kind: 'garbage', value: returned };
}
