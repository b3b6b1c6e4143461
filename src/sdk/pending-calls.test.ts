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
