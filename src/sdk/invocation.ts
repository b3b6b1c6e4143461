import type { ConcurrencyLimit } from './concurrency-limit.js';
import type { HasDeadline } from './deadline-heap.js';
import type { InvokeOutcome, InvokeRequest } from './invoke-types.js';

/**
 * Resolves `resolve` with `req.finish(outcome)`. What `finish` throws (a bug: the client's finishers
 * catch their own failures) becomes a rejection of that promise, never an exception in the
 * SDK's event delivery.
 */
export function resolveWith<T>(
  resolve: (value: T | PromiseLike<T>) => void,
  req: InvokeRequest<T>,
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

/** One SDK invocation waiting for its completion event, its deadline or an abort. */
export class Invocation<T> implements HasDeadline {
  readonly req: InvokeRequest<T>;
  readonly eventType: number;
  readonly deadline: number;
  heapIndex = -1;
  /** The abort listener, when the call has a signal. */
  onAbort: (() => void) | undefined;
  #open = true;
  readonly #resolve: (value: T | PromiseLike<T>) => void;
  readonly #limit: ConcurrencyLimit | undefined;

  constructor(
    req: InvokeRequest<T>,
    eventType: number,
    deadline: number,
    resolve: (value: T | PromiseLike<T>) => void,
    limit: ConcurrencyLimit | undefined,
  ) {
    this.req = req;
    this.eventType = eventType;
    this.deadline = deadline;
    this.#resolve = resolve;
    this.#limit = limit;
  }

  /** False once settled. */
  get open(): boolean {
    return this.#open;
  }

  /** Settles the invocation (once): frees its limiter slot and resolves with `req.finish(outcome)`. */
  end(outcome: InvokeOutcome): void {
    if (!this.#open) return;
    this.#open = false;
    this.#limit?.release();
    resolveWith(this.#resolve, this.req, outcome);
  }
}
