import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDelay } from './backoff.js';

const base = { baseDelayMs: 200, maxDelayMs: 5000 } as const;

describe('computeDelay', () => {
  it("'none' doubles from the base and stops at the cap", () => {
    const delays = [1, 2, 3, 4, 5, 6, 7].map((attempt) =>
      computeDelay({ ...base, attempt, jitter: 'none', random: () => 0.5 }),
    );
    expect(delays).toEqual([200, 400, 800, 1600, 3200, 5000, 5000]);
  });

  it("'full' scales the exponential by random()", () => {
    expect(computeDelay({ ...base, attempt: 3, jitter: 'full', random: () => 1 })).toBe(800);
    expect(computeDelay({ ...base, attempt: 3, jitter: 'full', random: () => 0 })).toBe(0);
    expect(computeDelay({ ...base, attempt: 3, jitter: 'full', random: () => 0.25 })).toBe(200);
  });

  it("'equal' never goes below half of the exponential", () => {
    expect(computeDelay({ ...base, attempt: 2, jitter: 'equal', random: () => 0 })).toBe(200);
    expect(computeDelay({ ...base, attempt: 2, jitter: 'equal', random: () => 1 })).toBe(400);
  });

  it("'decorrelated' grows from the previous delay, within [base, cap]", () => {
    expect(computeDelay({ ...base, attempt: 1, jitter: 'decorrelated', random: () => 1 })).toBe(600);
    expect(
      computeDelay({ ...base, attempt: 2, jitter: 'decorrelated', previousDelayMs: 600, random: () => 1 }),
    ).toBe(1800);
    expect(
      computeDelay({ ...base, attempt: 9, jitter: 'decorrelated', previousDelayMs: 4000, random: () => 1 }),
    ).toBe(5000);
    expect(
      computeDelay({ ...base, attempt: 2, jitter: 'decorrelated', previousDelayMs: 600, random: () => 0 }),
    ).toBe(200);
  });

  it('returns whole milliseconds', () => {
    expect(computeDelay({ ...base, attempt: 1, jitter: 'full', random: () => 0.123456 })).toBe(25);
  });

  it('treats a broken random source as 0 and clamps values above 1', () => {
    expect(computeDelay({ ...base, attempt: 1, jitter: 'full', random: () => Number.NaN })).toBe(0);
    expect(computeDelay({ ...base, attempt: 1, jitter: 'full', random: () => 7 })).toBe(200);
  });

  it('always stays within [0, maxDelayMs] (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 0, max: 60_000 }),
        fc.integer({ min: 0, max: 300_000 }),
        fc.constantFrom('full', 'equal', 'decorrelated', 'none' as const),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.option(fc.integer({ min: 0, max: 300_000 }), { nil: undefined }),
        (attempt, b, extra, jitter, r, previous) => {
          const maxDelayMs = Math.min(300_000, b + extra);
          const d = computeDelay({
            attempt,
            baseDelayMs: b,
            maxDelayMs,
            jitter,
            previousDelayMs: previous,
            random: () => r,
          });
          return Number.isInteger(d) && d >= 0 && d <= maxDelayMs;
        },
      ),
    );
  });
});
