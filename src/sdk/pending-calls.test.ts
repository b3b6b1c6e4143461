import { describe, expect, it } from 'vitest';
import { PendingCalls } from './pending-calls.js';

const call = (): { readonly id: symbol } => ({ id: Symbol('call') });

describe('PendingCalls', () => {
  it('takes the oldest call per key and keeps keys apart', () => {
    const p = new PendingCalls<{ readonly id: symbol }>();
    const [a, b, c] = [call(), call(), call()];
    p.add(5002, 'k', a);
    p.add(5002, 'k', b);
    p.add(5002, 'other', c);
    expect(p.size).toBe(3);
    expect(p.takeOldest(5002, 'k')).toBe(a);
    expect(p.takeOldest(5002, 'k')).toBe(b);
    expect(p.takeOldest(5002, 'k')).toBeUndefined();
    expect(p.takeOldest(5002, 'other')).toBe(c);
    expect({ size: p.size, keys: p.keyCount }).toEqual({ size: 0, keys: 0 });
  });

  it('keeps apart calls of different event types waiting on the same value', () => {
    const p = new PendingCalls<{ readonly id: symbol }>();
    const [upload, play] = [call(), call()];
    p.add(5002, '/a.silk', upload);
    p.add(5004, '/a.silk', play);
    expect({ size: p.size, keys: p.keyCount }).toEqual({ size: 2, keys: 2 });
    expect(p.takeOldest(5004, '/a.silk')).toBe(play);
    expect(p.takeOldest(5004, '/a.silk')).toBeUndefined();
    expect(p.takeOldest(5002, '/a.silk')).toBe(upload);
    expect({ size: p.size, keys: p.keyCount }).toEqual({ size: 0, keys: 0 });
  });

  it('removes a call from the middle and reports whether it was there', () => {
    const p = new PendingCalls<{ readonly id: symbol }>();
    const [a, b, c] = [call(), call(), call()];
    p.add(5002, 'k', a);
    p.add(5002, 'k', b);
    p.add(5002, 'k', c);
    expect(p.remove(5002, 'k', b)).toBe(true);
    expect(p.remove(5002, 'k', b)).toBe(false);
    expect(p.remove(5005, 'k', a)).toBe(false);
    expect(p.takeOldest(5002, 'k')).toBe(a);
    expect(p.remove(5002, 'k', c)).toBe(true);
    expect({ size: p.size, keys: p.keyCount }).toEqual({ size: 0, keys: 0 });
  });
});

describe('PendingCalls: edge cases of one key', () => {
  it('hands out three or more calls waiting on one key in the order they came', () => {
    const p = new PendingCalls<{ readonly id: symbol }>();
    const [a, b, c, d] = [call(), call(), call(), call()];
    for (const x of [a, b, c, d]) p.add(5002, 'k', x);
    expect([
      p.takeOldest(5002, 'k'),
      p.takeOldest(5002, 'k'),
      p.takeOldest(5002, 'k'),
      p.takeOldest(5002, 'k'),
    ]).toEqual([a, b, c, d]);
    expect(p.takeOldest(5002, 'k')).toBeUndefined();
    expect({ size: p.size, keys: p.keyCount }).toEqual({ size: 0, keys: 0 });
  });

  it('does not remove a call that is not the one waiting on the key', () => {
    const p = new PendingCalls<{ readonly id: symbol }>();
    const [a, stranger] = [call(), call()];
    p.add(5002, 'k', a);
    expect(p.remove(5002, 'k', stranger)).toBe(false);
    expect({ size: p.size, keys: p.keyCount }).toEqual({ size: 1, keys: 1 });
    expect(p.takeOldest(5002, 'k')).toBe(a);
  });

  it('removes the oldest of several calls on a key', () => {
    const p = new PendingCalls<{ readonly id: symbol }>();
    const [a, b] = [call(), call()];
    p.add(5002, 'k', a);
    p.add(5002, 'k', b);
    expect(p.remove(5002, 'k', a)).toBe(true);
    expect(p.size).toBe(1);
    expect(p.takeOldest(5002, 'k')).toBe(b);
    expect({ size: p.size, keys: p.keyCount }).toEqual({ size: 0, keys: 0 });
  });

  it('leaves no key behind when the calls of a key are removed one by one', () => {
    const p = new PendingCalls<{ readonly id: symbol }>();
    const [a, b] = [call(), call()];
    p.add(5002, 'k', a);
    p.add(5002, 'k', b);
    expect(p.remove(5002, 'k', b)).toBe(true);
    expect(p.remove(5002, 'k', a)).toBe(true);
    expect({ size: p.size, keys: p.keyCount }).toEqual({ size: 0, keys: 0 });
    expect(p.takeOldest(5002, 'k')).toBeUndefined();
    expect(p.size).toBe(0);
  });
});
