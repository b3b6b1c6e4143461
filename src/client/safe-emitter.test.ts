import { afterEach, describe, expect, it, vi } from 'vitest';
import { SafeEmitter } from './safe-emitter.js';

const payload = { operation: 'enterRoom', callId: 1, attempt: 1 } as const;

describe('SafeEmitter', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('delivers frozen payloads to every listener in order', () => {
    const e = new SafeEmitter();
    const seen: unknown[] = [];
    e.on('attempt', (p) => seen.push(['a', p, Object.isFrozen(p)]));
    e.on('attempt', (p) => seen.push(['b', p.attempt]));
    e.emit('attempt', { ...payload });
    expect(seen).toEqual([
      ['a', payload, true],
      ['b', 1],
    ]);
  });

  it('keeps going after a throwing listener and reports it as listenerError', () => {
    const e = new SafeEmitter();
    const after = vi.fn();
    const reported = vi.fn();
    const boom = new Error('listener bug');
    e.on('attempt', () => {
      throw boom;
    });
    e.on('attempt', after);
    e.on('listenerError', reported);
    e.emit('attempt', { ...payload });
    expect(after).toHaveBeenCalledTimes(1);
    expect(reported).toHaveBeenCalledWith({ event: 'attempt', error: boom });
  });

  it('prints a throwing listener with console.error when nobody listens to listenerError', () => {
    const e = new SafeEmitter();
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    e.on('attempt', () => {
      throw new Error('x');
    });
    e.emit('attempt', { ...payload });
    expect(printed).toHaveBeenCalledTimes(1);
  });

  it('once fires a single time; off removes exactly that listener; has reflects listeners', () => {
    const e = new SafeEmitter();
    const once = vi.fn();
    const kept = vi.fn();
    expect(e.has('attempt')).toBe(false);
    e.on('attempt', once, true);
    e.on('attempt', kept);
    e.on('attempt', kept);
    e.emit('attempt', { ...payload });
    e.emit('attempt', { ...payload });
    expect(once).toHaveBeenCalledTimes(1);
    expect(kept).toHaveBeenCalledTimes(2);
    e.off('attempt', kept);
    expect(e.has('attempt')).toBe(false);
    expect(e.listenerCount()).toBe(0);
  });

  it('rejects a listener that is not a function with a TypeError naming the event', () => {
    const e = new SafeEmitter();
    expect(() => e.on('retry', 'nope' as never)).toThrow(/listener.*'retry'.*string/);
  });
});

describe('SafeEmitter off and removeAll', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('ignores off for an event nobody listens to, and keeps the listeners of other events', () => {
    const e = new SafeEmitter();
    const kept = vi.fn();
    e.on('attempt', kept);
    e.off('retry', kept);
    e.emit('attempt', { ...payload });
    expect(kept).toHaveBeenCalledTimes(1);
    expect(e.listenerCount()).toBe(1);
  });

  it('ignores off for a listener that was never added, and keeps the others of that event', () => {
    const e = new SafeEmitter();
    const kept = vi.fn();
    const stranger = vi.fn();
    e.on('attempt', kept);
    e.off('attempt', stranger);
    e.emit('attempt', { ...payload });
    expect(kept).toHaveBeenCalledTimes(1);
    expect(stranger).not.toHaveBeenCalled();
    expect(e.has('attempt')).toBe(true);
  });

  it('removeAll drops every listener, and the same listeners can be added again afterwards', () => {
    const e = new SafeEmitter();
    const first = vi.fn();
    const second = vi.fn();
    e.on('attempt', first);
    e.on('retry', second);
    e.removeAll();
    expect(e.listenerCount()).toBe(0);
    expect(e.has('attempt')).toBe(false);
    e.emit('attempt', { ...payload });
    expect(first).not.toHaveBeenCalled();
    e.on('attempt', first);
    e.emit('attempt', { ...payload });
    expect(first).toHaveBeenCalledTimes(1);
    expect(e.listenerCount()).toBe(1);
  });

  it('prints which event the throwing listener was on, with the error, to console.error', () => {
    const e = new SafeEmitter();
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    const boom = new Error('listener bug');
    e.on('attempt', () => {
      throw boom;
    });
    e.emit('attempt', { ...payload });
    expect(printed).toHaveBeenCalledWith("gme-result: a 'attempt' listener threw", boom);
  });

  it('prints a throwing listenerError listener instead of reporting it to itself', () => {
    const e = new SafeEmitter();
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    const first = new Error('first');
    const second = new Error('second');
    e.on('attempt', () => {
      throw first;
    });
    e.on('listenerError', () => {
      throw second;
    });
    e.emit('attempt', { ...payload });
    expect(printed.mock.calls).toEqual([["gme-result: a 'listenerError' listener threw", second]]);
  });
});
