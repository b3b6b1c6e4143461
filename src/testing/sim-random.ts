/** A seeded source of numbers: the same seed gives the same sequence. */
export interface SimRandom {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [min, max] (both included). */
  int(min: number, max: number): number;
  /** `length` characters from `[0-9a-z]`. */
  token(length: number): string;
}

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * A seeded PRNG (mulberry32: small, fast, and good enough to vary latencies and file ids).
 * Not for anything secret.
 *
 * @example
 * import { createSimRandom } from 'gme-result/testing';
 * const a = createSimRandom(7);
 * const b = createSimRandom(7);
 * a.next() === b.next(); // true
 */
export function createSimRandom(seed: number): SimRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    token: (length) => {
      let out = '';
      for (let i = 0; i < length; i++) out += ALPHABET[Math.floor(next() * ALPHABET.length)];
      return out;
    },
  };
}
