/** What {@link DeadlineHeap} keeps: anything with a deadline and a slot for its heap position. */
export interface HasDeadline {
  /** Absolute clock time (ms) when the entry times out. */
  readonly deadline: number;
  /** Position in the heap while queued, -1 when not. Maintained by the heap only. */
  heapIndex: number;
}

/**
 * A binary min-heap ordered by deadline, with removal of any entry in O(log n): each entry knows
 * its position. The event bridge keeps every pending invocation here and arms a single timer for
 * the earliest deadline, instead of one timer per invocation.
 */
export class DeadlineHeap<T extends HasDeadline> {
  readonly #items: T[] = [];

  get size(): number {
    return this.#items.length;
  }

  /** The entry due first, if any. */
  peek(): T | undefined {
    return this.#items[0];
  }

  push(item: T): void {
    const items = this.#items;
    item.heapIndex = items.length;
    items.push(item);
    this.#up(item.heapIndex);
  }

  /** Removes `item`; false when it was not queued. */
  remove(item: T): boolean {
    const i = item.heapIndex;
    const items = this.#items;
    if (i < 0 || items[i] !== item) return false;
    item.heapIndex = -1;
    const last = items.pop() as T;
    if (last !== item) {
      items[i] = last;
      last.heapIndex = i;
      this.#down(i);
      this.#up(last.heapIndex);
    }
    return true;
  }

  /** Removes and returns the entry due first, if any. */
  pop(): T | undefined {
    const first = this.#items[0];
    if (first !== undefined) this.remove(first);
    return first;
  }

  /** Every queued entry, in no particular order (a copy: safe to settle entries while iterating). */
  entries(): T[] {
    return this.#items.slice();
  }

  #up(start: number): void {
    const items = this.#items;
    let i = start;
    const item = items[i] as T;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = items[parent] as T;
      if (p.deadline <= item.deadline) break;
      items[i] = p;
      p.heapIndex = i;
      i = parent;
    }
    items[i] = item;
    item.heapIndex = i;
  }

  #down(start: number): void {
    const items = this.#items;
    const n = items.length;
    let i = start;
    const item = items[i] as T;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      let child = left;
      if (right < n && (items[right] as T).deadline < (items[left] as T).deadline) child = right;
      const c = items[child] as T;
      if (c.deadline >= item.deadline) break;
      items[i] = c;
      c.heapIndex = i;
      i = child;
    }
    items[i] = item;
    item.heapIndex = i;
  }
}
