import { describe, expect, it } from 'vitest';
import { DeadlineHeap, type HasDeadline } from './deadline-heap.js';

interface Entry extends HasDeadline {
  readonly name: string;
}

const entry = (deadline: number, name = String(deadline)): Entry => ({ deadline, heapIndex: -1, name });

/** Pops everything, returning the deadlines in pop order. */
function drain(heap: DeadlineHeap<Entry>): number[] {
  const out: number[] = [];
  for (let e = heap.pop(); e !== undefined; e = heap.pop()) out.push(e.deadline);
  return out;
}

/** A fixed pseudo-random sequence (deterministic). */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s;
  };
}

describe('DeadlineHeap (ordering and removal)', () => {
  it('pops entries in deadline order, whatever the push order', () => {
    const heap = new DeadlineHeap<Entry>();
    for (const d of [50, 20, 80, 10, 70, 30, 90, 60, 40, 0]) heap.push(entry(d));
    expect(heap.size).toBe(10);
    expect(drain(heap)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
    expect(heap.size).toBe(0);
    expect(heap.pop()).toBeUndefined();
  });

  it('keeps the earliest deadline at the top after every push', () => {
    const heap = new DeadlineHeap<Entry>();
    let min = Number.POSITIVE_INFINITY;
    for (const d of [5, 9, 3, 7, 1, 8, 2, 6, 4]) {
      heap.push(entry(d));
      min = Math.min(min, d);
      expect(heap.peek()?.deadline).toBe(min);
    }
  });

  it('pops in order across many pseudo-random pushes and removals', () => {
    const next = lcg(7);
    for (let round = 0; round < 20; round++) {
      const heap = new DeadlineHeap<Entry>();
      const live: Entry[] = [];
      for (let i = 0; i < 40; i++) {
        const e = entry(next() % 50, `${round}.${i}`);
        heap.push(e);
        live.push(e);
        if (next() % 3 === 0) {
          const victim = live.splice(next() % live.length, 1)[0] as Entry;
          expect(heap.remove(victim)).toBe(true);
          expect(victim.heapIndex).toBe(-1);
        }
      }
      expect(heap.size).toBe(live.length);
      const expected = live.map((e) => e.deadline).sort((a, b) => a - b);
      expect(drain(heap)).toEqual(expected);
    }
  });

  it('keeps each entry heapIndex pointing at its slot', () => {
    const heap = new DeadlineHeap<Entry>();
    const all = [40, 10, 30, 20, 50, 5, 35].map((d) => entry(d));
    for (const e of all) heap.push(e);
    heap.remove(all[1] as Entry);
    for (const e of heap.entries()) expect(heap.entries()[e.heapIndex]).toBe(e);
  });

  it('pop returns the entry due first and unqueues it', () => {
    const heap = new DeadlineHeap<Entry>();
    const a = entry(3);
    const b = entry(1);
    const c = entry(2);
    heap.push(a);
    heap.push(b);
    heap.push(c);
    expect(heap.pop()).toBe(b);
    expect(b.heapIndex).toBe(-1);
    expect(heap.size).toBe(2);
    expect(heap.remove(b)).toBe(false);
    expect(heap.pop()).toBe(c);
    expect(heap.pop()).toBe(a);
    expect(heap.pop()).toBeUndefined();
    expect(heap.size).toBe(0);
  });

  it('remove answers false, and changes nothing, for an entry never queued', () => {
    const heap = new DeadlineHeap<Entry>();
    const a = entry(1);
    const b = entry(2);
    heap.push(a);
    heap.push(b);
    expect(heap.remove(entry(0))).toBe(false);
    expect(heap.size).toBe(2);
    expect(drain(heap)).toEqual([1, 2]);
  });

  it('remove answers false for an entry of another heap at the same index', () => {
    const heap = new DeadlineHeap<Entry>();
    const other = new DeadlineHeap<Entry>();
    heap.push(entry(1));
    const stranger = entry(2);
    other.push(stranger);
    expect(stranger.heapIndex).toBe(0);
    expect(heap.remove(stranger)).toBe(false);
    expect(heap.size).toBe(1);
  });

  it('a removed entry is no longer queued: removing it again answers false', () => {
    const heap = new DeadlineHeap<Entry>();
    const es = [1, 2, 3, 4].map((d) => entry(d));
    for (const e of es) heap.push(e);
    const second = es[1] as Entry;
    expect(heap.remove(second)).toBe(true);
    expect(second.heapIndex).toBe(-1);
    expect(heap.remove(second)).toBe(false);
    expect(heap.size).toBe(3);
    expect(drain(heap)).toEqual([1, 3, 4]);
  });

  it('removing the last entry leaves the others in order', () => {
    const heap = new DeadlineHeap<Entry>();
    const es = [1, 2, 3].map((d) => entry(d));
    for (const e of es) heap.push(e);
    expect(heap.remove(es[2] as Entry)).toBe(true);
    expect(drain(heap)).toEqual([1, 2]);
  });

  it('moving the last entry into a removed slot sifts it up when it is earlier than the parent', () => {
    // Shape: 0 / (10, 1) / (11, 12, 2, 3): removing 11 moves 3 under 10, where it must rise.
    const heap = new DeadlineHeap<Entry>();
    const es = [0, 10, 1, 11, 12, 2, 3].map((d) => entry(d));
    for (const e of es) heap.push(e);
    expect(heap.remove(es[3] as Entry)).toBe(true);
    expect(heap.peek()?.deadline).toBe(0);
    expect(drain(heap)).toEqual([0, 1, 2, 3, 10, 12]);
  });

  it('entries() is a copy of every queued entry', () => {
    const heap = new DeadlineHeap<Entry>();
    for (const d of [3, 1, 2]) heap.push(entry(d));
    const copy = heap.entries();
    copy.length = 0;
    expect(
      heap
        .entries()
        .map((e) => e.deadline)
        .sort(),
    ).toEqual([1, 2, 3]);
  });
});
