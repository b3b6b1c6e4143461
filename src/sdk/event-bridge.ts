import type { OperationName } from '../operations.js';
import { AbortWatchers } from './abort-watchers.js';
import type { GmeAdapter } from './adapter.js';
import type { ConcurrencyLimit } from './concurrency-limit.js';
import { type ParsedPayload, parsePayload } from './parse-payload.js';
import { type PendingCall, PendingCalls } from './pending-calls.js';

/** How one SDK invocation ended, before policies look at it. */
export type InvokeOutcome =
  /** Posted (sync 0) and, for evented operations, answered with result 0. */
  | { readonly kind: 'ok'; readonly payload: ParsedPayload | undefined; readonly returned: unknown }
  /** A non-zero code, returned at once (`payload` absent) or in the event. */
  | { readonly kind: 'code'; readonly code: number; readonly payload: ParsedPayload | undefined }
  | { readonly kind: 'timeout'; readonly timeoutMs: number }
  | { readonly kind: 'aborted' }
  | { readonly kind: 'threw'; readonly error: unknown }
  /** The SDK returned something that is not an integer code. */
  | { readonly kind: 'garbage'; readonly value: unknown }
  /** The completion event came but its `result` could not be read. */
  | { readonly kind: 'malformed'; readonly payload: ParsedPayload };

/** One SDK invocation for {@link EventBridge.invoke}. */
export interface InvokeRequest {
  /** Calls the SDK; its return value is the synchronous code. */
  readonly call: () => unknown;
  /** Correlation key of the completion event; absent for calls answered by their return value alone. */
  readonly key: string | undefined;
  readonly timeoutMs: number;
  readonly signal: AbortSignal | undefined;
  /** A concurrency cap to wait on before invoking (speech-to-text). */
  readonly limit?: ConcurrencyLimit | undefined;
  /** Accept any return value as Ok (for `client.call` on methods that return data, not codes). */
  readonly anyReturn?: boolean;
}

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

/** The correlation key of a completion event type and its file path or id. */
export function completionKey(eventType: number, value = ''): string {
  return `${eventType}|${value}`;
}

/** Callbacks the bridge reports through. None may throw (the client guards them). */
export interface BridgeHooks {
  /** Every SDK event, parsed, before it settles anything. */
  readonly onSdkEvent: (eventType: number, payload: ParsedPayload) => void;
  /** A completion event that matched no pending call. */
  readonly onUnmatched: (eventType: number, operation: OperationName, payload: ParsedPayload) => void;
  /** The game's delegate threw. */
  readonly onForwardError: (eventType: number, error: unknown) => void;
}

/**
 * The event bridge: one delegate on the SDK, one pending entry per invocation, and exactly one
 * settlement per invocation — the immediate return code, the matching event, the timeout or the
 * abort, whichever comes first. Later events for a settled invocation are reported, never applied.
 */
export class EventBridge {
  readonly #adapter: GmeAdapter;
  readonly #hooks: BridgeHooks;
  readonly #pending = new PendingCalls();
  readonly #watchers = new AbortWatchers();
  readonly #detach: () => void;
  #pollTimer: ReturnType<typeof setInterval> | undefined;
  #disposed = false;
  #timers = 0;
  #lastEventType = 0;
  // Calls that may still be settled by dispose(): pending events and limiter waits.
  readonly #live = new Set<() => void>();

  constructor(adapter: GmeAdapter, hooks: BridgeHooks) {
    this.#adapter = adapter;
    this.#hooks = hooks;
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
      timers: this.#timers,
      live: this.#live.size,
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

  /** Invokes the SDK once and waits for the outcome. Never rejects. */
  invoke(req: InvokeRequest): Promise<InvokeOutcome> | InvokeOutcome {
    if (this.#disposed || req.signal?.aborted) return ABORTED;
    const limit = req.limit;
    if (limit === undefined || limit.tryAcquire()) return this.#start(req, limit);
    return new Promise<InvokeOutcome>((resolve) => {
      const onAbort = (): void => {
        if (cancel()) finish(ABORTED);
      };
      const finish = (o: InvokeOutcome): void => {
        this.#live.delete(disposeWait);
        // Stryker disable next-line ConditionalExpression: unwatch(undefined) finds no entry (WeakMap.get of a non-object is undefined) and does nothing
        if (req.signal !== undefined) this.#watchers.unwatch(req.signal, onAbort);
        resolve(o);
      };
      const cancel = limit.enqueue(() => {
        this.#live.delete(disposeWait);
        // Stryker disable next-line ConditionalExpression: unwatch(undefined) finds no entry (WeakMap.get of a non-object is undefined) and does nothing
        if (req.signal !== undefined) this.#watchers.unwatch(req.signal, onAbort);
        if (this.#disposed || req.signal?.aborted) {
          limit.release();
          resolve(ABORTED);
        } else resolve(this.#start(req, limit));
      });
      const disposeWait = (): void => {
        if (cancel()) finish(ABORTED);
      };
      this.#live.add(disposeWait);
      if (req.signal !== undefined) this.#watchers.watch(req.signal, onAbort);
    });
  }

  #start(req: InvokeRequest, limit: ConcurrencyLimit | undefined): Promise<InvokeOutcome> | InvokeOutcome {
    const key = req.key;
    if (key === undefined) {
      const outcome = this.#callSync(req);
      limit?.release();
      return outcome;
    }
    return new Promise<InvokeOutcome>((resolve) => {
      let settled = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const settle = (o: InvokeOutcome): void => {
        if (settled) return;
        settled = true;
        // Stryker disable next-line ConditionalExpression: the timer is armed before anything can settle the call (nothing runs between add and setTimeout)
        if (timer !== undefined) {
          clearTimeout(timer);
          this.#timers--;
        }
        this.#live.delete(onDispose);
        // Stryker disable next-line ConditionalExpression: unwatch(undefined) finds no entry (WeakMap.get of a non-object is undefined) and does nothing
        if (req.signal !== undefined) this.#watchers.unwatch(req.signal, onAbort);
        limit?.release();
        resolve(o);
      };
      const entry: PendingCall = {
        onEvent: (payload) => {
          const code = payload.result;
          settle(
            code === undefined
              ? { kind: 'malformed', payload }
              : code === 0
                ? { kind: 'ok', payload, returned: 0 }
                : { kind: 'code', code, payload },
          );
        },
      };
      const drop = (o: InvokeOutcome): void => {
        this.#pending.remove(key, entry);
        settle(o);
      };
      const onAbort = (): void => drop(ABORTED);
      const onDispose = (): void => drop(ABORTED);
      // Registered before the call: a custom SDK may answer synchronously from inside it.
      this.#pending.add(key, entry);
      this.#live.add(onDispose);
      if (req.signal !== undefined) this.#watchers.watch(req.signal, onAbort);
      timer = setTimeout(() => drop({ kind: 'timeout', timeoutMs: req.timeoutMs }), req.timeoutMs);
      this.#timers++;
      const first = this.#callSync(req);
      if (first.kind !== 'ok') drop(first);
    });
  }

  /** Calls the SDK and reads its synchronous return value. */
  #callSync(req: InvokeRequest): InvokeOutcome {
    let returned: unknown;
    try {
      returned = req.call();
    } catch (error) {
      return { kind: 'threw', error };
    }
    if (returned === 0 || req.anyReturn === true) return { kind: 'ok', payload: undefined, returned };
    // Stryker disable next-line ConditionalExpression: Number.isInteger is false for every non-number, so the typeof test only narrows the type
    if (typeof returned === 'number' && Number.isInteger(returned)) {
      return { kind: 'code', code: returned, payload: undefined };
    }
    return { kind: 'garbage', value: returned };
  }

  #onEvent(eventType: unknown, raw: unknown): void {
    if (typeof eventType !== 'number') return;
    this.#lastEventType = eventType;
    const payload = parsePayload(raw);
    this.#hooks.onSdkEvent(eventType, payload);
    const completion = COMPLETION_EVENTS.get(eventType);
    if (completion === undefined) return;
    let key: string;
    if (completion.field === undefined) key = completionKey(eventType);
    else {
      const value = payload[completion.field];
      if (value === undefined) {
        this.#hooks.onUnmatched(eventType, completion.operation, payload);
        return;
      }
      key = completionKey(eventType, value);
    }
    const call = this.#pending.takeOldest(key);
    if (call === undefined) this.#hooks.onUnmatched(eventType, completion.operation, payload);
    else call.onEvent(payload);
  }

  /** Stops polling, gives the SDK back the game's delegate and settles every live call as aborted. */
  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    // Stryker disable next-line ConditionalExpression: clearInterval(undefined) does nothing
    if (this.#pollTimer !== undefined) clearInterval(this.#pollTimer);
    this.#pollTimer = undefined;
    try {
      this.#detach();
    } catch {
      // An adapter whose detach throws must not keep the client alive.
    }
    for (const abort of [...this.#live]) abort();
  }
}

const ABORTED: InvokeOutcome = Object.freeze({ kind: 'aborted' });
