import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SessionBackoff } from './session-backoff.js';

const settings = { baseDelayMs: 1_000, maxDelayMs: 8_000, reconnectGraceMs: 90_000 };
const fixed = (r: number) => () => r;

describe('SessionBackoff', () => {
  it('draws full jitter under a ceiling that doubles from the base to the cap, then waits the cap exactly', () => {
    const b = new SessionBackoff(settings, fixed(0.5));
    // Ceilings 1, 2, 4, 8 s: each wait is half of its ceiling; the first at the cap is drawn too.
    expect([b.next(false), b.next(false), b.next(false), b.next(false)]).toEqual([500, 1_000, 2_000, 4_000]);
    expect([b.next(false), b.next(false)]).toEqual([8_000, 8_000]);
  });

  it('starts again from the base after reset()', () => {
    const b = new SessionBackoff(settings, fixed(1));
    for (let i = 0; i < 6; i++) b.next(false);
    b.reset();
    expect(b.next(false)).toBe(1_000);
  });

  it('counts the SDK reconnect as backoff: takeOver(downMs) starts at that ceiling, within base and cap', () => {
    const long = new SessionBackoff(settings, fixed(0.25));
    long.takeOver(30_000);
    expect([long.next(false), long.next(false)]).toEqual([2_000, 8_000]);
    const short = new SessionBackoff(settings, fixed(0.25));
    short.takeOver(3_000);
    expect([short.next(false), short.next(false)]).toEqual([750, 1_500]);
    const none = new SessionBackoff(settings, fixed(0.25));
    none.takeOver(0);
    expect(none.next(false)).toBe(250);
  });

  it('goes straight to the cap for a probe without a budget token', () => {
    const b = new SessionBackoff(settings, fixed(0.5));
    expect([b.next(true), b.next(false)]).toEqual([4_000, 8_000]);
  });

  it('reaches the cap from a base of 0, and clamps a broken random source into [0, 1]', () => {
    const b = new SessionBackoff({ ...settings, baseDelayMs: 0, maxDelayMs: 4 }, fixed(Number.NaN));
    const waits = Array.from({ length: 6 }, () => b.next(false));
    expect(waits.slice(0, 4)).toEqual([0, 0, 0, 0]);
    expect(waits.slice(4)).toEqual([4, 4]);
    expect(new SessionBackoff(settings, fixed(7)).next(false)).toBe(1_000);
  });

  it('never waits longer than the cap, nor less than 0, whatever the draws', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5_000 }),
        fc.integer({ min: 0, max: 20_000 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 100_000 }),
        (base, extra, draws, downMs) => {
          const max = base + extra;
          let i = 0;
          const b = new SessionBackoff(
            { baseDelayMs: base, maxDelayMs: max, reconnectGraceMs: 0 },
            () => draws[i++ % draws.length] as number,
          );
          b.takeOver(downMs);
          for (let n = 0; n < draws.length; n++) {
            const wait = b.next(n % 7 === 3);
            expect(wait).toBeGreaterThanOrEqual(0);
            expect(wait).toBeLessThanOrEqual(max);
          }
        },
      ),
    );
  });
});
