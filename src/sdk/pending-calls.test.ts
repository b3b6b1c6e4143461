import { describe, expect, it } from 'vitest';
import { type PendingCall, PendingCalls } from './pending-calls.js';

const call = (): PendingCall => ({ onEvent: () => {} });

describe('PendingCalls', () => {
  it('takes the oldest call per key and keeps keys apart', () => {
    const p = new PendingCalls();
    const [a, b, c] = [call(), call(), call()];
    p.add('k', a);
    p.add('k', b);
    p.add('other', c);
    expect(p.size).toBe(3);
    expect(p.takeOldest('k')).toBe(a);
    expect(p.takeOldest('k')).toBe(b);
    expect(p.takeOldest('k')).toBeUndefined();
    expect(p.takeOldest('other')).toBe(c);
    expect({ size: p.size, keys: p.keyCount }).toEqual({ size: 0, keys: 0 });
  });

  it('removes a call from the middle and reports whether it was there', () => {
    const p = new PendingCalls();
    const [a, b, c] = [call(), call(), call()];
    p.add('k', a);
    p.add('k', b);
    p.add('k', c);
    expect(p.remove('k', b)).toBe(true);
    expect(p.remove('k', b)).toBe(false);
    expect(p.remove('nope', a)).toBe(false);
    expect(p.takeOldest('k')).toBe(a);
    expect(p.remove('k', c)).toBe(true);
    expect({ size: p.size, keys: p.keyCount }).toEqual({ size: 0, keys: 0 });
  });
});

describe('PendingCalls: edge cases of one key', () => {
  it('hands out three or more calls waiting on one key in the order they came', () => {
    const p = new PendingCalls();
    const [a, b, c, d] = [call(), call(), call(), call()];
    for (const x of [a, b, c, d]) p.add('k', x);
    expect([p.takeOldest('k'), p.takeOldest('k'), p.takeOldest('k'), p.takeOldest('k')]).toEqual([
      a,
      b,
      c,
      d,
    ]);
    expect(p.takeOldest('k')).toBeUndefined();
    expect({ size: p.size, keys: p.keyCount }).toEqual({ size: 0, keys: 0 });
  });

  it('does not remove a call that is not the one waiting on the key', () => {
    const p = new PendingCalls();
    const [a, stranger] = [call(), call()];
    p.add('k', a);
    expect(p.remove('k', stranger)).toBe(false);
    expect({ size: p.size, keys: p.keyCount }).toEqual({ size: 1, keys: 1 });
    expect(p.takeOldest('k')).toBe(a);
  });

  it('removes the oldest of several calls on a key', () => {
    const p = new PendingCalls();
    const [a, b] = [call(), call()];
    p.add('k', a);
    p.add('k', b);
    expect(p.remove('k', a)).toBe(true);
    expect(p.size).toBe(1);
    expect(p.takeOldest('k')).toBe(b);
    expect({ size: p.size, keys: p.keyCount }).toEqual({ size: 0, keys: 0 });
  });

  it('leaves no key behind when the calls of a key are removed one by one', () => {
    const p = new PendingCalls();
    const [a, b] = [call(), call()];
    p.add('k', a);
    p.add('k', b);
    expect(p.remove('k', b)).toBe(true);
    expect(p.remove('k', a)).toBe(true);
    expect({ size: p.size, keys: p.keyCount }).toEqual({ size: 0, keys: 0 });
    expect(p.takeOldest('k')).toBeUndefined();
    expect(p.size).toBe(0);
  });
});
