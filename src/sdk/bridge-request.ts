import type { ConcurrencyLimit } from './concurrency-limit.js';
import type { HasDeadline } from './deadline-heap.js';
import type { InvokeOutcome } from './invoke-types.js';

/**
 * One SDK invocation for `EventBridge.invoke`: what to call (`call`), how its completion is
 * recognised (`eventType`, `match`), and `finish`, which turns the outcome into the caller's
 * value. Callers subclass it, so that an invocation is one object: the bridge keeps its own
 * bookkeeping (deadline, heap slot, resolver) in the same object instead of wrapping it.
 */
export abstract class BridgeRequest<T> implements HasDeadline {
  /** The event type that completes the invocation; undefined when the return value alone answers. */
  abstract readonly eventType: number | undefined;
  /** The correlation value the event must carry: its file path or id, `''` for room events. */
  abstract readonly match: string;
  abstract readonly timeoutMs: number;
  abstract readonly signal: AbortSignal | undefined;
  /** The time (the bridge's clock) the timeout counts from, when the caller already read it. */
  abstract readonly now: number | undefined;
  /** A concurrency cap to wait on before invoking (speech-to-text). */
  abstract readonly limit: ConcurrencyLimit | undefined;
  /** Accept any return value as Ok (for `client.call` on methods that return data, not codes). */
  abstract readonly anyReturn: boolean;

  /** Calls the SDK; its return value is the synchronous code. */
  abstract call(): unknown;
  /** Turns the outcome into the value `invoke` resolves with. Must not throw. */
  abstract finish(outcome: InvokeOutcome): T;

  // The bridge's bookkeeping: set by `EventBridge`, nobody else.
  deadline = 0;
  heapIndex = -1;
  /** The abort listener, while the call has a signal and is pending. */
  onAbort: (() => void) | undefined = undefined;
  #resolve: ((value: T | PromiseLike<T>) => void) | undefined = undefined;
  #held: ConcurrencyLimit | undefined = undefined;
  #open = false;

  /** Marks the invocation pending: `resolve` gets its value; `held` is the limiter slot it holds. */
  open(
    resolve: (value: T | PromiseLike<T>) => void,
    deadline: number,
    held: ConcurrencyLimit | undefined,
  ): void {
    this.#resolve = resolve;
    this.deadline = deadline;
    this.#held = held;
    this.#open = true;
  }

  /** True while pending. */
  get pending(): boolean {
    return this.#open;
  }

  /** Settles a pending invocation (once): frees its limiter slot and resolves with `finish(outcome)`. */
  end(outcome: InvokeOutcome): void {
    if (!this.#open) return;
    this.#open = false;
    this.#held?.release();
    const resolve = this.#resolve as (value: T | PromiseLike<T>) => void;
    this.#resolve = undefined;
    resolveWith(resolve, this, outcome);
  }
}

/**
 * Resolves `resolve` with `req.finish(outcome)`. What `finish` throws (a bug: the client's
 * finishers catch their own failures) becomes a rejection of that promise, never an exception in
 * the SDK's event delivery.
 */
export function resolveWith<T>(
  resolve: (value: T | PromiseLike<T>) => void,
  req: BridgeRequest<T>,
  outcome: InvokeOutcome,
): void {
  let value: T;
  try {
    value = req.finish(outcome);
  } catch (error) {
    resolve(Promise.reject(error));
    return;
  }
  resolve(value);
}
