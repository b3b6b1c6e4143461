import { getEventListeners } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { AbortWatchers } from './abort-watchers.js';

describe('AbortWatchers', () => {
  it('puts one listener on a signal however many calls watch it, and calls each once on abort', () => {
    const w = new AbortWatchers();
    const ctl = new AbortController();
    const calls = Array.from({ length: 1000 }, () => vi.fn());
    for (const c of calls) w.watch(ctl.signal, c);
    expect(getEventListeners(ctl.signal, 'abort')).toHaveLength(1);
    ctl.abort();
    ctl.abort();
    expect(calls.every((c) => c.mock.calls.length === 1)).toBe(true);
    expect(getEventListeners(ctl.signal, 'abort')).toHaveLength(0);
  });

  it('removes the listener when the last watcher leaves, and calls nobody who left', () => {
    const w = new AbortWatchers();
    const ctl = new AbortController();
    const [a, b] = [vi.fn(), vi.fn()];
    w.watch(ctl.signal, a);
    w.watch(ctl.signal, b);
    w.unwatch(ctl.signal, a);
    expect(getEventListeners(ctl.signal, 'abort')).toHaveLength(1);
    w.unwatch(ctl.signal, b);
    w.unwatch(ctl.signal, b);
    expect(getEventListeners(ctl.signal, 'abort')).toHaveLength(0);
    w.watch(ctl.signal, b);
    ctl.abort();
    expect(a).not.toHaveBeenCalled();
    expect(b).toHaveBeenCalledTimes(1);
  });

  it('lets a watcher unwatch itself from inside the abort without disturbing the others', () => {
    const w = new AbortWatchers();
    const ctl = new AbortController();
    const seen: string[] = [];
    const first = (): void => {
      seen.push('first');
      w.unwatch(ctl.signal, first);
    };
    w.watch(ctl.signal, first);
    w.watch(ctl.signal, () => seen.push('second'));
    ctl.abort();
    expect(seen).toEqual(['first', 'second']);
  });
});
