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
    expect(p.breaker).toEqual({ failureThreshold: 3, cooldownMs: 5_000 });
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

describe('definePolicy: more edges', () => {
  it('lists every option it knows when given one it does not', () => {
    expect(() => definePolicy({ retries: 3 } as never)).toThrow(
      'Unknown option `retries` given to definePolicy(); expected one of extends, codes, operations, categories, default, budget, breaker, reconnect.',
    );
  });

  it('names itself for unknown budget fields and for options that are not an object', () => {
    expect(() => definePolicy({ budget: { size: 3 } } as never)).toThrow(
      'Unknown option `budget.size` given to definePolicy(); expected one of capacity, retryCost, refillPerSuccess, initialTokens.',
    );
    expect(() => definePolicy(5 as never)).toThrow(
      'Expected the options of definePolicy() to be an object, got 5.',
    );
  });

  it('names `operations`, `categories` and a category rule when they are not what they should be', () => {
    expect(() => definePolicy({ operations: 5 } as never)).toThrow(
      'Expected `operations` to be an object, got 5.',
    );
    expect(() => definePolicy({ categories: 'all' } as never)).toThrow(
      'Expected `categories` to be an object, got "all".',
    );
    expect(() => definePolicy({ categories: { upload: 'retry' } } as never)).toThrow(
      /^Expected `categories\.upload` to be a policy action/,
    );
  });

  it('takes only whole codes as keys', () => {
    expect(() => definePolicy({ codes: { '7004x': retry() } } as never)).toThrow(
      'Expected the keys of `codes` to be non-negative integer codes, got "7004x".',
    );
  });

  it('explains its fallback default', () => {
    expect(definePolicy().default).toEqual({ action: 'fail', reason: 'No rule names this code.' });
  });

  it('skips rules given as undefined (from JavaScript): nothing is added and the parent rule stays', () => {
    const parent = definePolicy({ codes: { 7004: retry() }, categories: { upload: retry() } });
    // The types forbid an undefined code rule; plain JavaScript and spread objects can still pass one.
    const codes = { 7004: undefined, 7005: undefined } as unknown as Record<number, ReturnType<typeof fail>>;
    const child = definePolicy({ extends: parent, codes, categories: { upload: undefined } });
    expect(Object.keys(child.codes)).toEqual(['7004']);
    expect(child.codes[7004]).toBe(parent.codes[7004]);
    expect(child.categories.upload).toBe(parent.categories.upload);
  });

  it('leaves out an operation whose rules are all empty', () => {
    const unset = { 1005: undefined } as unknown as Record<number, ReturnType<typeof fail>>;
    const p = definePolicy({ operations: { enterRoom: {}, exitRoom: unset } });
    expect(p.operations).toEqual({});
    expect(Object.keys(p.operations)).toEqual([]);
  });

  it('brands policies with the registered symbol `gme-result.Policy`, which every copy of the package shares', () => {
    const p = definePolicy();
    expect((p as unknown as Record<symbol, unknown>)[Symbol.for('gme-result.Policy')]).toBe(true);
    expect(isPolicy({ [Symbol.for('gme-result.Policy')]: true })).toBe(true);
  });

  it('isPolicy is false for null and primitives', () => {
    expect(isPolicy(null)).toBe(false);
    expect(isPolicy('default')).toBe(false);
  });
});
