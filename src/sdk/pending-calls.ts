/**
 * Pending invocations by completion event type, then correlation value (`file_path`, `file_id`,
 * or `''` for room events), oldest first. GME events carry no request id, so an event settles the
 * oldest call waiting on the same type and value. Keyed in two levels so that no key string is
 * built per call: the value is used as the SDK gave it.
 */
export class PendingCalls<T extends object> {
  readonly #byType = new Map<number, Map<string, T | T[]>>();
  #size = 0;
  #keys = 0;

  /** Calls waiting, for leak checks. */
  get size(): number {
    return this.#size;
  }

  /** Distinct (event type, value) keys held, for leak checks. */
  get keyCount(): number {
    return this.#keys;
  }

  add(eventType: number, match: string, call: T): void {
    let byMatch = this.#byType.get(eventType);
    if (byMatch === undefined) {
      byMatch = new Map();
      this.#byType.set(eventType, byMatch);
    }
    const existing = byMatch.get(match);
    if (existing === undefined) {
      byMatch.set(match, call);
      this.#keys++;
    } else if (Array.isArray(existing)) existing.push(call);
    else byMatch.set(match, [existing, call]);
    this.#size++;
  }

  /** Removes one call (timeout, abort, immediate error). True when it was still there. */
  remove(eventType: number, match: string, call: T): boolean {
    const byMatch = this.#byType.get(eventType);
    const existing = byMatch?.get(match);
    if (byMatch === undefined || existing === undefined) return false;
    if (existing === call) {
      this.#drop(byMatch, match);
      return true;
    }
    if (!Array.isArray(existing)) return false;
    const i = existing.indexOf(call);
    if (i < 0) return false;
    existing.splice(i, 1);
    if (existing.length === 1) byMatch.set(match, existing[0] as T);
    this.#size--;
    return true;
  }

  /** Takes the oldest call waiting on `eventType` and `match`. */
  takeOldest(eventType: number, match: string): T | undefined {
    const byMatch = this.#byType.get(eventType);
    const existing = byMatch?.get(match);
    if (byMatch === undefined || existing === undefined) return undefined;
    if (!Array.isArray(existing)) {
      this.#drop(byMatch, match);
      return existing;
    }
    this.#size--;
    const first = existing.shift();
    if (existing.length === 1) byMatch.set(match, existing[0] as T);
    return first;
  }

  // The per-type maps stay: there are only as many as GME has completion events.
  #drop(byMatch: Map<string, T | T[]>, match: string): void {
    byMatch.delete(match);
    this.#keys--;
    this.#size--;
  }
}
