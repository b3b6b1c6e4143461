import { afterEach, describe, expect, it, vi } from 'vitest';
import { type SimEvent, SimScheduler } from './sim-scheduler.js';

const ev = (due: number, type: number, tag?: string) => ({
  due,
  type,
  payload: {},
  raw: false,
  translate: true,
  tag,
});

describe('SimScheduler in poll mode', () => {
  it('delivers only due events, ordered by due time then creation', () => {
    let now = 100;
    const out: number[] = [];
    const s = new SimScheduler('poll', { now: () => now }, (e) => out.push(e.type));
    s.add(ev(130, 3));
    s.add(ev(110, 1));
    s.add(ev(110, 2));
    s.add(ev(200, 4));
    s.deliverDue();
    expect(out).toEqual([]);
    now = 150;
    s.deliverDue();
    expect(out).toEqual([1, 2, 3]);
    expect(s.size).toBe(1);
  });

  it('keeps events queued during delivery for the next call', () => {
    const out: number[] = [];
    const s: SimScheduler = new SimScheduler('poll', { now: () => 0 }, (e) => {
      out.push(e.type);
      if (e.type === 1) s.add(ev(0, 2));
    });
    s.add(ev(0, 1));
    s.deliverDue();
    expect(out).toEqual([1]);
    s.deliverDue();
    expect(out).toEqual([1, 2]);
  });

  it('keeps the rest queued when a delivery throws', () => {
    const out: number[] = [];
    const s = new SimScheduler('poll', { now: () => 0 }, (e) => {
      if (e.type === 2) throw new Error('delegate bug');
      out.push(e.type);
    });
    for (const t of [1, 2, 3]) s.add(ev(0, t));
    expect(() => s.deliverDue()).toThrow('delegate bug');
    expect(out).toEqual([1]);
    expect(s.size).toBe(1);
    s.deliverDue();
    expect(out).toEqual([1, 3]);
  });

  it('expedites tagged events and clears everything', () => {
    const out: number[] = [];
    const s = new SimScheduler('poll', { now: () => 0 }, (e) => out.push(e.type));
    s.add(ev(500, 1, 'play'));
    s.add(ev(500, 2));
    expect(s.expedite('play')).toBe(1);
    s.deliverDue();
    expect(out).toEqual([1]);
    s.clear();
    expect(s.size).toBe(0);
  });
});

describe('SimScheduler in timer mode', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('pushes each event by a timer at its due time, without any poll', () => {
    vi.useFakeTimers({ now: 1000 });
    const out: SimEvent[] = [];
    const s = new SimScheduler('timer', { now: () => Date.now() }, (e) => out.push(e));
    s.add(ev(1050, 2));
    s.add(ev(1020, 1));
    expect(s.size).toBe(2);
    vi.advanceTimersByTime(20);
    expect(out.map((e) => e.type)).toEqual([1]);
    vi.advanceTimersByTime(30);
    expect(out.map((e) => e.type)).toEqual([1, 2]);
    expect(s.size).toBe(0);
  });

  it('re-arms expedited events at once and clears timers', () => {
    vi.useFakeTimers({ now: 0 });
    const out: number[] = [];
    const s = new SimScheduler('timer', { now: () => Date.now() }, (e) => out.push(e.type));
    s.add(ev(1000, 1, 'play'));
    s.add(ev(1000, 2));
    s.expedite('play');
    vi.advanceTimersByTime(0);
    expect(out).toEqual([1]);
    s.clear();
    vi.advanceTimersByTime(2000);
    expect(out).toEqual([1]);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('SimScheduler: order and timers', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('delivers events left over from a throwing delivery before those queued during it', () => {
    const out: number[] = [];
    const s: SimScheduler = new SimScheduler('poll', { now: () => 0 }, (e) => {
      if (e.type === 1) s.add(ev(0, 4));
      if (e.type === 2) throw new Error('delegate bug');
      out.push(e.type);
    });
    for (const t of [1, 2, 3]) s.add(ev(0, t));
    expect(() => s.deliverDue()).toThrow('delegate bug');
    s.deliverDue();
    expect(out).toEqual([1, 3, 4]);
  });

  it('expedites in poll mode without arming a timer: the event still waits for a poll', () => {
    vi.useFakeTimers({ now: 0 });
    const out: number[] = [];
    const s = new SimScheduler('poll', { now: () => Date.now() }, (e) => out.push(e.type));
    s.add(ev(1000, 1, 'play'));
    expect(s.expedite('play')).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(2000);
    expect(out).toEqual([]);
    s.deliverDue();
    expect(out).toEqual([1]);
  });

  it('works with timers that have no unref (browsers return numbers)', () => {
    const armed: number[] = [];
    vi.stubGlobal('setTimeout', (_fn: () => void, ms: number) => {
      armed.push(ms);
      return 7;
    });
    const s = new SimScheduler('timer', { now: () => 100 }, () => {});
    s.add(ev(150, 1));
    expect(armed).toEqual([50]);
    expect(s.size).toBe(1);
  });
});
