import type { ConcurrencyLimit } from './concurrency-limit.js';
import type { HasDeadline } from './deadline-heap.js';
import type { InvokeOutcome, InvokeRequest } from './invoke-types.js';

/**
 * Resolves `resolve` with `finish(outcome)`. What `finish` throws (a bug: the client's finishers
 * catch their own failures) becomes a rejection of that promise, never an exception in the
 * SDK's event delivery.
 */
export function resolveWith<T>(
  resolve: (value: T | PromiseLike<T>) => void,
  finish: (outcome: InvokeOutcome) => T,
  outcome: InvokeOutcome,
): void {
  let value: T;
  try {
    value = finish(outcome);
  } catch (error) {
    resolve(Promise.reject(error));
    return;
  }
  resolve(value);
}

/** One SDK invocation waiting for its completion event, its deadline or an abort. */
export class Invocation<T> implements HasDeadline {
  readonly eventType: number;
  readonly match: string;
  readonly timeoutMs: number;
  readonly signal: AbortSignal | undefined;
  readonly deadline: number;
  heapIndex = -1;
  /** The abort listener, when the call has a signal. */
  onAbort: (() => void) | undefined;
  #open = true;
  readonly #finish: (outcome: InvokeOutcome) => T;
  readonly #resolve: (value: T | PromiseLike<T>) => void;
  readonly #limit: ConcurrencyLimit | undefined;

  constructor(
    req: InvokeRequest,
    eventType: number,
    deadline: number,
    finish: (outcome: InvokeOutcome) => T,
    resolve: (value: T | PromiseLike<T>) => void,
    limit: ConcurrencyLimit | undefined,
  ) {
    this.eventType = eventType;
    this.match = req.match;
    this.timeoutMs = req.timeoutMs;
    this.signal = req.signal;
    this.deadline = deadline;
    this.#finish = finish;
    this.#resolve = resolve;
    this.#limit = limit;
  }

  /** False once settled. */
  get open(): boolean {
    return this.#open;
  }

  /** Settles the invocation (once): frees its limiter slot and resolves with `finish(outcome)`. */
  end(outcome: InvokeOutcome): void {
    if (!this.#open) return;
    this.#open = false;
    this.#limit?.release();
    resolveWith(this.#resolve, this.#finish, outcome);
  }
}
