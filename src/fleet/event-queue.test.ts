import { describe, expect, it } from 'vitest';
import { EventQueue } from './event-queue.js';

describe('EventQueue', () => {
  it('runs a slot by time, then in the order the tasks were scheduled', () => {
    const q = new EventQueue(10);
    const ran: string[] = [];
    q.schedule(7, () => ran.push('a@7'));
    q.schedule(3, () => ran.push('b@3'));
    q.schedule(7, () => ran.push('c@7'));
    q.schedule(12, () => ran.push('d@12'));
    const seen: number[] = [];
    q.runSlot(0, (t) => seen.push(t.time));
    expect(ran).toEqual(['b@3', 'a@7', 'c@7']);
    expect(seen).toEqual([3, 7, 7]);
    expect(q.size).toBe(1);
    q.runSlot(1, () => {});
    expect(ran.at(-1)).toBe('d@12');
    expect(q.size).toBe(0);
  });

  it('runs tasks that the running ones schedule into the same slot, and not those of later slots', () => {
    const q = new EventQueue(10);
    const ran: number[] = [];
    q.schedule(5, () => {
      ran.push(5);
      q.schedule(6, () => ran.push(6));
      q.schedule(15, () => ran.push(15));
    });
    q.runSlot(0, () => {});
    expect(ran).toEqual([5, 6]);
    expect(q.size).toBe(1);
  });

  it('cancels a task before it runs, also from a task of the same batch, and counts only live tasks', () => {
    const q = new EventQueue(10);
    const ran: string[] = [];
    const late = q.schedule(8, () => ran.push('late'));
    const gone = q.schedule(9, () => ran.push('gone'));
    q.schedule(2, () => {
      ran.push('first');
      q.cancel(late);
    });
    q.cancel(gone);
    q.cancel(gone);
    expect(q.size).toBe(2);
    q.runSlot(0, () => {});
    expect(ran).toEqual(['first']);
    expect(q.size).toBe(0);
  });

  it('does nothing for an empty slot', () => {
    const q = new EventQueue(10);
    let before = 0;
    q.runSlot(4, () => before++);
    expect(before).toBe(0);
  });
});
