/** One SDK invocation waiting for its completion event. */
export interface PendingCall {
  /** Settles the call with the event's parsed payload. */
  readonly onEvent: (payload: import('./parse-payload.js').ParsedPayload) => void;
}

/**
 * Pending invocations by correlation key, oldest first. GME events carry no request id, so an
 * event settles the oldest call waiting on the same key (event type plus `file_path` or
 * `file_id`, or the event type alone for room operations).
 */
export class PendingCalls {
  readonly #byKey = new Map<string, PendingCall | PendingCall[]>();
  #size = 0;

  /** Calls waiting, for leak checks. */
  get size(): number {
    return this.#size;
  }

  /** Keys in the map, for leak checks. */
  get keyCount(): number {
    return this.#byKey.size;
  }

  add(key: string, call: PendingCall): void {
    const existing = this.#byKey.get(key);
    if (existing === undefined) this.#byKey.set(key, call);
    else if (Array.isArray(existing)) existing.push(call);
    else this.#byKey.set(key, [existing, call]);
    this.#size++;
  }

  /** Removes one call (timeout, abort, immediate error). True when it was still there. */
  remove(key: string, call: PendingCall): boolean {
    const existing = this.#byKey.get(key);
    // Stryker disable next-line ConditionalExpression: an undefined entry fails the next two tests and also returns false
    if (existing === undefined) return false;
    if (existing === call) {
      this.#byKey.delete(key);
      this.#size--;
      return true;
    }
    if (!Array.isArray(existing)) return false;
    const i = existing.indexOf(call);
    if (i < 0) return false;
    existing.splice(i, 1);
    if (existing.length === 1) this.#byKey.set(key, existing[0] as PendingCall);
    this.#size--;
    return true;
  }

  /** Takes the oldest call waiting on `key`. */
  takeOldest(key: string): PendingCall | undefined {
    const existing = this.#byKey.get(key);
    if (existing === undefined) return undefined;
    this.#size--;
    if (!Array.isArray(existing)) {
      this.#byKey.delete(key);
      return existing;
    }
    const first = existing.shift();
    if (existing.length === 1) this.#byKey.set(key, existing[0] as PendingCall);
    return first;
  }
}
