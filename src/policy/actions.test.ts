import { describe, expect, it } from 'vitest';
import { fail, isPolicyAction, recover, retry, succeed } from './actions.js';

describe('retry()', () => {
  it('resolves the documented defaults', () => {
    expect(retry()).toEqual({
      action: 'retry',
      maxAttempts: 3,
      baseDelayMs: 200,
      maxDelayMs: 5000,
      jitter: 'full',
    });
  });

  it('keeps given values and a reason, and returns a frozen action', () => {
    const a = retry({ maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 900, jitter: 'equal', reason: 'flaky' });
    expect(a).toEqual({
      action: 'retry',
      maxAttempts: 4,
      baseDelayMs: 100,
      maxDelayMs: 900,
      jitter: 'equal',
      reason: 'flaky',
    });
    expect(Object.isFrozen(a)).toBe(true);
    expect(isPolicyAction(a)).toBe(true);
  });

  it('treats an explicit undefined as "use the default"', () => {
    expect(retry({ maxAttempts: undefined, jitter: undefined })).toEqual(retry());
  });

  it('raises the default cap to baseDelayMs when the base is larger than 5000', () => {
    expect(retry({ baseDelayMs: 10_000 }).maxDelayMs).toBe(10_000);
  });

  it.each([
    [{ maxAttempts: 0 }, 'Expected `maxAttempts` to be an integer from 1 to 20, got 0.'],
    [{ maxAttempts: 21 }, 'Expected `maxAttempts` to be an integer from 1 to 20, got 21.'],
    [{ maxAttempts: 2.5 }, 'Expected `maxAttempts` to be an integer from 1 to 20, got 2.5.'],
    [{ baseDelayMs: -1 }, 'Expected `baseDelayMs` to be an integer from 0 to 60000, got -1.'],
    [{ maxDelayMs: 300_001 }, 'Expected `maxDelayMs` to be an integer from 0 to 300000, got 300001.'],
    [
      { jitter: 'half' },
      "Expected `jitter` to be one of 'full', 'equal', 'decorrelated', 'none', got \"half\".",
    ],
    [
      { reason: 'two\nlines' },
      'Expected `reason` to be a one-line string of 1 to 200 characters, got "two\\nlines".',
    ],
    [{ reason: 'x'.repeat(201) }, /Expected `reason` to be a one-line string of 1 to 200 characters/],
  ])('throws a TypeError naming the field and value for %j', (options, message) => {
    expect(() => retry(options as never)).toThrow(TypeError);
    expect(() => retry(options as never)).toThrow(message);
  });

  it('rejects a cap below the base', () => {
    expect(() => retry({ baseDelayMs: 1000, maxDelayMs: 500 })).toThrow(
      'Expected `maxDelayMs` to be an integer from 1000 (`baseDelayMs`) to 300000, got 500.',
    );
  });

  it('rejects unknown option keys and non-object options', () => {
    expect(() => retry({ retries: 3 } as never)).toThrow(/Unknown option `retries` given to retry\(\)/);
    expect(() => retry(3 as never)).toThrow('Expected the options of retry() to be an object, got 3.');
  });
});

describe('succeed(), fail()', () => {
  it('make frozen actions with an optional reason', () => {
    expect(succeed()).toEqual({ action: 'succeed' });
    expect(fail({ reason: 'billing' })).toEqual({ action: 'fail', reason: 'billing' });
    expect(Object.isFrozen(fail())).toBe(true);
    expect('reason' in succeed()).toBe(false);
  });

  it('reject unknown keys', () => {
    expect(() => succeed({ maxAttempts: 2 } as never)).toThrow(TypeError);
    expect(() => fail({ why: 'x' } as never)).toThrow(/Unknown option `why` given to fail\(\)/);
  });
});

describe('option checks of succeed() and recover()', () => {
  it('name the helper and the options it knows', () => {
    expect(() => succeed({ maxAttempts: 2 } as never)).toThrow(
      'Unknown option `maxAttempts` given to succeed(); expected one of reason.',
    );
    expect(() => recover('reinit', { maxAttempts: 2 } as never)).toThrow(
      'Unknown option `maxAttempts` given to recover(); expected one of maxRecoveries, reason.',
    );
  });

  it('check the reason of each helper', () => {
    expect(() => succeed({ reason: '' })).toThrow(
      'Expected `reason` to be a one-line string of 1 to 200 characters, got "".',
    );
    expect(() => recover('reinit', { reason: 'two\nlines' })).toThrow(
      'Expected `reason` to be a one-line string of 1 to 200 characters, got "two\\nlines".',
    );
  });
});

describe('recover()', () => {
  it('takes a named recovery with maxRecoveries 1 by default', () => {
    expect(recover('reenterRoom')).toEqual({ action: 'recover', recovery: 'reenterRoom', maxRecoveries: 1 });
  });

  it('takes a custom function', () => {
    const fn = async () => ({ next: 'retry' as const });
    const a = recover(fn, { maxRecoveries: 5, reason: 'mine' });
    expect(a.recovery).toBe(fn);
    expect(a.maxRecoveries).toBe(5);
  });

  it('rejects an unknown recovery and a bad maxRecoveries', () => {
    expect(() => recover('reboot' as never)).toThrow(
      "Expected `recovery` to be one of 'reenterRoom', 'refreshAuth', 'reapplyPttAuth', 'reinit', 'awaitInFlight', 'exitThenEnter' or a function, got \"reboot\".",
    );
    expect(() => recover('reinit', { maxRecoveries: 6 })).toThrow(
      'Expected `maxRecoveries` to be an integer from 1 to 5, got 6.',
    );
  });
});

describe('isPolicyAction', () => {
  it('is false for look-alikes that the helpers did not make', () => {
    expect(
      isPolicyAction({ action: 'retry', maxAttempts: 3, baseDelayMs: 200, maxDelayMs: 5000, jitter: 'full' }),
    ).toBe(false);
    expect(isPolicyAction('retry')).toBe(false);
    expect(isPolicyAction(null)).toBe(false);
  });

  it('survives a second copy of the package (registered-symbol brand)', () => {
    const foreign = Object.defineProperty({ action: 'fail' }, Symbol.for('gme-result.PolicyAction'), {
      value: true,
    });
    expect(isPolicyAction(foreign)).toBe(true);
  });

  it('is false for undefined and other non-objects', () => {
    expect(isPolicyAction(undefined)).toBe(false);
    expect(isPolicyAction(7004)).toBe(false);
  });
});
