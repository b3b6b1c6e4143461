import { describe, expect, it } from 'vitest';
import { fail, recover, retry, succeed } from './actions.js';
import { definePolicy, isPolicy } from './define-policy.js';
import { DEFAULT_RETRY_BUDGET } from './retry-budget.js';

describe('definePolicy', () => {
  it('makes a frozen, branded policy with defaults: fail() as default, budget and breaker on', () => {
    const p = definePolicy();
    expect(isPolicy(p)).toBe(true);
    expect(Object.isFrozen(p)).toBe(true);
    expect(Object.isFrozen(p.codes)).toBe(true);
    expect(p.default.action).toBe('fail');
    expect(p.budget).toEqual(DEFAULT_RETRY_BUDGET);
    expect(p.breaker).toEqual({ failureThreshold: 5, cooldownMs: 10_000 });
  });

  it('stores rules by code, operation and category', () => {
    const r = retry();
    const p = definePolicy({
      codes: { 7004: r },
      operations: { switchRoom: { 2002: recover('reenterRoom') } },
      categories: { upload: fail() },
      default: succeed(),
      budget: false,
      breaker: false,
    });
    expect(p.codes[7004]).toBe(r);
    expect(p.operations.switchRoom?.[2002]?.action).toBe('recover');
    expect(p.categories.upload?.action).toBe('fail');
    expect(p.default.action).toBe('succeed');
    expect([p.budget, p.breaker]).toEqual([false, false]);
  });

  it('extends: the child overrides per key and inherits the rest', () => {
    const parent = definePolicy({
      codes: { 7004: retry(), 1003: succeed() },
      operations: {
        enterRoom: { 7006: recover('refreshAuth') },
        switchRoom: { 2002: recover('reenterRoom') },
      },
      categories: { server: retry() },
      default: fail({ reason: 'parent' }),
      budget: { capacity: 20, initialTokens: 10 },
      breaker: false,
    });
    const child = definePolicy({
      extends: parent,
      codes: { 7004: fail() },
      operations: { enterRoom: { 1005: retry({ maxAttempts: 5 }) } },
      budget: { refillPerSuccess: 1 },
    });
    expect(child.codes[7004]?.action).toBe('fail');
    expect(child.codes[1003]?.action).toBe('succeed');
    expect(Object.keys(child.operations.enterRoom ?? {})).toEqual(['1005', '7006']);
    expect(child.operations.switchRoom?.[2002]?.action).toBe('recover');
    expect(child.categories.server?.action).toBe('retry');
    expect(child.default.reason).toBe('parent');
    expect(child.budget).toEqual({ capacity: 20, retryCost: 1, refillPerSuccess: 1, initialTokens: 10 });
    expect(child.breaker).toBe(false);
    // The parent is untouched.
    expect(parent.codes[7004]?.action).toBe('retry');
  });

  it('never mutates its input', () => {
    const codes = { 7004: retry() };
    const input = { codes, budget: { capacity: 5 } };
    const snapshot = JSON.stringify(input);
    definePolicy(input);
    expect(JSON.stringify(input)).toBe(snapshot);
    expect(Object.isFrozen(codes)).toBe(false);
  });

  it.each([
    [
      { codes: { 7004: 'retry' } },
      'Expected `codes.7004` to be a policy action (retry(), succeed(), recover() or fail()), got "retry".',
    ],
    [{ codes: { 7004: { action: 'retry' } } }, /Expected `codes.7004` to be a policy action/],
    [{ codes: { abc: fail() } }, 'Expected the keys of `codes` to be non-negative integer codes, got "abc".'],
    [{ codes: { '-1': fail() } }, /non-negative integer codes, got "-1"/],
    [{ operations: { joinRoom: {} } }, /Expected the keys of `operations` to be one of init, enterRoom/],
    [
      { operations: { enterRoom: { 7006: 1 } } },
      /Expected `operations.enterRoom.7006` to be a policy action/,
    ],
    [{ categories: { network: retry() } }, /Expected the keys of `categories` to be one of general, client/],
    [{ default: 'fail' }, /Expected `default` to be a policy action/],
    [{ budget: { capacity: 0 } }, 'Expected `budget.capacity` to be an integer from 1 to 1000000, got 0.'],
    [{ budget: true }, 'Expected `budget` to be an object, got true.'],
    [
      { breaker: { cooldownMs: 1.5 } },
      'Expected `breaker.cooldownMs` to be an integer from 0 to 3600000, got 1.5.',
    ],
    [
      { extends: {} },
      /Expected `extends` to be a policy made by definePolicy\(\) or parsePolicy\(\), got an object/,
    ],
    [{ rules: {} }, /Unknown option `rules` given to definePolicy\(\)/],
  ])('throws a TypeError naming the path for %j', (options, message) => {
    expect(() => definePolicy(options as never)).toThrow(TypeError);
    expect(() => definePolicy(options as never)).toThrow(message);
  });

  it('isPolicy is false for look-alikes', () => {
    const p = definePolicy();
    expect(isPolicy({ ...p })).toBe(false);
    expect(isPolicy(undefined)).toBe(false);
  });
});
