/** One call in flight, as far as events tell: its operation, the attempts seen, whether it is held. */
export interface OpenCall<T> {
  readonly operation: string;
  readonly data: T;
  /** `attempt` events seen for it (0 while held before its first attempt). */
  attempts: number;
  /** Between a `held` and its `released`. */
  held: boolean;
  /** Between attempts: after a `retry`, a recovery or a release, before the next `attempt`. */
  between: boolean;
}

/**
 * Open calls per operation, oldest first. Client events carry the operation but no call id, so an
 * event goes to the OLDEST open call of its operation whose history fits it (the rules are in
 * `instrument`'s documentation). Calls with the same history cannot be told apart by any event;
 * among them the order is first in, first out.
 */
export class CallMatcher<T> {
  // An operation's list stays once made, even empty: there are few operation names.
  readonly #byOperation = new Map<string, OpenCall<T>[]>();
  readonly #limit: number;
  readonly #onEvict: (call: OpenCall<T>) => void;
  #size = 0;

  /** `limit`: open calls per operation; opening one more removes the oldest and hands it to `onEvict`. */
  constructor(limit: number, onEvict: (call: OpenCall<T>) => void) {
    this.#limit = limit;
    this.#onEvict = onEvict;
  }

  /** Open calls in all. */
  get size(): number {
    return this.#size;
  }

  /** Adds a call as the newest of its operation. */
  open(operation: string, data: T, attempts: number, held: boolean): OpenCall<T> {
    let list = this.#byOperation.get(operation);
    if (list === undefined) {
      list = [];
      this.#byOperation.set(operation, list);
    }
    const call: OpenCall<T> = { operation, data, attempts, held, between: false };
    list.push(call);
    this.#size += 1;
    if (list.length > this.#limit) {
      this.#size -= 1;
      this.#onEvict(list.shift() as OpenCall<T>);
    }
    return call;
  }

  /**
   * The oldest open call of `operation` that has made `attempts` attempts (`'started'`: at least
   * one), and is between attempts and held as asked (`undefined`: either).
   */
  find(
    operation: string,
    attempts: number | 'started',
    between?: boolean,
    held?: boolean,
  ): OpenCall<T> | undefined {
    const list = this.#byOperation.get(operation);
    if (list === undefined) return undefined;
    for (const call of list) {
      if (attempts === 'started' ? call.attempts === 0 : call.attempts !== attempts) continue;
      if ((between === undefined || call.between === between) && (held === undefined || call.held === held)) {
        return call;
      }
    }
    return undefined;
  }

  /** Removes a call found with `find`; a call no longer open is left alone. */
  close(call: OpenCall<T>): void {
    const list = this.#byOperation.get(call.operation);
    if (list === undefined) return;
    const at = list.indexOf(call);
    if (at === -1) return;
    list.splice(at, 1);
    this.#size -= 1;
  }

  /** Every open call, oldest first within each operation. */
  all(): OpenCall<T>[] {
    return [...this.#byOperation.values()].flat();
  }

  /** Removes every call; returns them. */
  clear(): OpenCall<T>[] {
    const calls = this.all();
    this.#byOperation.clear();
    this.#size = 0;
    return calls;
  }
}
