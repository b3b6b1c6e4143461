import { describe, expect, it } from 'vitest';
import { createSimRandom } from './sim-random.js';

describe('createSimRandom', () => {
  it('repeats its sequence for the same seed and differs for another', () => {
    const a = createSimRandom(42);
    const b = createSimRandom(42);
    const c = createSimRandom(43);
    const seqA = Array.from({ length: 20 }, () => a.next());
    const seqB = Array.from({ length: 20 }, () => b.next());
    const seqC = Array.from({ length: 20 }, () => c.next());
    expect(seqA).toEqual(seqB);
    expect(seqA).not.toEqual(seqC);
  });

  it('stays in [0, 1) and spreads over the range', () => {
    const r = createSimRandom(1);
    const values = Array.from({ length: 10_000 }, () => r.next());
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const low = values.filter((v) => v < 0.5).length;
    expect(low).toBeGreaterThan(4_500);
    expect(low).toBeLessThan(5_500);
  });

  it('draws integers within both bounds, reaching each', () => {
    const r = createSimRandom(9);
    const seen = new Set(Array.from({ length: 500 }, () => r.int(3, 6)));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('makes tokens of the asked length from [0-9a-z]', () => {
    const token = createSimRandom(5).token(16);
    expect(token).toMatch(/^[0-9a-z]{16}$/);
    expect(createSimRandom(5).token(16)).toBe(token);
  });
});

describe('createSimRandom: mulberry32', () => {
  it('gives the reference mulberry32 sequence', () => {
    const r = createSimRandom(1);
    expect([r.next(), r.next(), r.next()]).toEqual([
      0.6270739405881613, 0.002735721180215478, 0.5274470399599522,
    ]);
    expect(createSimRandom(42).next()).toBe(0.6011037519201636);
  });
});
