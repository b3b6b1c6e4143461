import { afterEach, describe, expect, it, vi } from 'vitest';
import { SafeEmitter } from './safe-emitter.js';

const payload = { operation: 'enterRoom', attempt: 1 } as const;

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
