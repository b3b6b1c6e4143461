import { describe, expect, it } from 'vitest';
import { FakeSdk } from '../../test/support/fake-sdk.js';
import { systemClock } from '../policy/index.js';
import { resolveOptions } from './client-options.js';

describe('resolveOptions: clockIsSystem', () => {
  const sdk = new FakeSdk({ timeoutMs: 5_000 });
  it('is true for the default clock and for systemClock given explicitly', () => {
    expect(resolveOptions({ sdk }).clockIsSystem).toBe(true);
    expect(resolveOptions({ sdk, clock: systemClock }).clockIsSystem).toBe(true);
  });
  it('is false for a clock of the game', () => {
    const clock = { now: () => 0, sleep: () => Promise.resolve() };
    expect(resolveOptions({ sdk, clock }).clockIsSystem).toBe(false);
  });
});
