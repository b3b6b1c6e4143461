import type { Clock } from './clock.js';

/** Why a call's wait was cut short. */
export type CutShort = 'aborted' | 'deadline';

/** How a raced wait ended: with the awaited value, or cut short. */
export type Raced<T> =
  | { readonly done: true; readonly value: T }
  | { readonly done: false; readonly why: CutShort };

const noop = (): void => {};

/**
 * Everything that may end a call while it waits on something it does not control (a recovery,
 * the game's `auth.refresh`, a queue): the caller's signal, the client's dispose signal, and the
 * call's deadline. `signal` fires on the first of them, so it can be handed on (to `auth.refresh`,
 * to nested SDK invocations); `race` ends a wait at once when it fires. Made only on the failure
 * path; `close()` removes every listener and the deadline timer.
 *
 * @internal
 */
export class CallScope {
  readonly #controller = new AbortController();
  readonly #sources: AbortSignal[] = [];
  readonly #timer = new AbortController();
  #why: CutShort | undefined;

  constructor(signals: readonly (AbortSignal | undefined)[], deadline: number, clock: Clock) {
    for (const source of signals) {
      if (source === undefined) continue;
      if (source.aborted) {
        this.#cut('aborted');
        return;
      }
      source.addEventListener('abort', this.#onAbort, { once: true });
      this.#sources.push(source);
    }
    const left = deadline - clock.now();
    if (left <= 0) {
      this.#cut('deadline');
      return;
    }
    if (Number.isFinite(left)) {
      let waiting: Promise<void>;
      try {
        waiting = clock.sleep(left, this.#timer.signal);
      } catch {
        return; // A clock that cannot sleep cannot end the wait; abort and dispose still can.
      }
      waiting.then(() => this.#cut('deadline'), noop);
    }
  }

  /** Fires when the call is aborted, the client is disposed, or the deadline passes. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** Why the scope fired, if it has. */
  get why(): CutShort | undefined {
    return this.#why;
  }

  /** Waits for `work`, or less: until the scope fires. A rejection of `work` is passed on. */
  race<T>(work: PromiseLike<T>): Promise<Raced<T>> {
    if (this.#why !== undefined) return Promise.resolve({ done: false, why: this.#why });
    return new Promise<Raced<T>>((resolve, reject) => {
      const onCut = (): void => resolve({ done: false, why: this.#why ?? 'aborted' });
      this.#controller.signal.addEventListener('abort', onCut, { once: true });
      work.then(
        (value) => {
          this.#controller.signal.removeEventListener('abort', onCut);
          resolve({ done: true, value });
        },
        (error: unknown) => {
          this.#controller.signal.removeEventListener('abort', onCut);
          reject(error);
        },
      );
    });
  }

  /** Removes the listeners on the call's signals and stops the deadline timer. */
  close(): void {
    for (const source of this.#sources) source.removeEventListener('abort', this.#onAbort);
    this.#sources.length = 0;
    this.#timer.abort();
  }

  readonly #onAbort = (): void => this.#cut('aborted');

  #cut(why: CutShort): void {
    if (this.#why !== undefined) return;
    this.#why = why;
    this.close();
    this.#controller.abort(why === 'deadline' ? new DeadlineError() : undefined);
  }
}

/** The abort reason of a scope whose deadline passed. */
class DeadlineError extends Error {
  override readonly name = 'TimeoutError';
  constructor() {
    super('The call reached its deadline.');
  }
}
