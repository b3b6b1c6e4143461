import { describe, expect, it } from 'vitest';
import type { Problem } from './option-checks.js';
import { DEFAULT_RETRY_BUDGET, RetryBudget, resolveRetryBudgetSettings } from './retry-budget.js';

describe('RetryBudget', () => {
  it('starts with 3 of 10 tokens by default and spends one per retry', () => {
    const budget = new RetryBudget();
    expect([budget.tokens, budget.capacity]).toEqual([3, 10]);
    expect([budget.tryAcquire(), budget.tryAcquire(), budget.tryAcquire(), budget.tryAcquire()]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(budget.tokens).toBe(0);
  });

  it('earns a retry back after five successes (0.2 each, no float drift)', () => {
    const budget = new RetryBudget({ initialTokens: 0 });
    for (let i = 0; i < 4; i++) budget.recordSuccess();
    expect(budget.tryAcquire()).toBe(false);
    budget.recordSuccess();
    expect(budget.tokens).toBe(1);
    expect(budget.tryAcquire()).toBe(true);
  });

  it('never fills beyond capacity', () => {
    const budget = new RetryBudget({ capacity: 2, initialTokens: 2, refillPerSuccess: 1 });
    budget.recordSuccess();
    expect(budget.tokens).toBe(2);
  });

  it('spends nothing when it refuses', () => {
    const budget = new RetryBudget({ retryCost: 2, initialTokens: 1 });
    expect(budget.tryAcquire()).toBe(false);
    expect(budget.tokens).toBe(1);
  });

  it('clamps the default initial tokens to a smaller capacity', () => {
    expect(new RetryBudget({ capacity: 2 }).tokens).toBe(2);
  });

  it.each([
    [{ capacity: 0 }, 'Expected `capacity` to be an integer from 1 to 1000000, got 0.'],
    [{ retryCost: 0 }, 'Expected `retryCost` to be a number from 0.01 to 1000000, got 0.'],
    [{ initialTokens: 11 }, 'Expected `initialTokens` to be a number from 0 to 10 (`capacity`), got 11.'],
    [{ refillPerSuccess: -1 }, 'Expected `refillPerSuccess` to be a number from 0 to 1000000, got -1.'],
    [{ tokens: 1 }, /Unknown option `tokens` given to RetryBudget/],
  ])('throws a TypeError for %j', (options, message) => {
    expect(() => new RetryBudget(options as never)).toThrow(message);
  });

  it('has an unlimited variant, and from(false) gives it', () => {
    const budget = RetryBudget.from(false);
    for (let i = 0; i < 1000; i++) expect(budget.tryAcquire()).toBe(true);
    expect(budget.tokens).toBe(Number.POSITIVE_INFINITY);
    expect(RetryBudget.from(DEFAULT_RETRY_BUDGET).tokens).toBe(3);
  });
});

describe('RetryBudget: messages', () => {
  it('names itself when its options are not an object', () => {
    expect(() => new RetryBudget('lots' as never)).toThrow(
      'Expected the options of RetryBudget to be an object, got "lots".',
    );
  });

  it('bounds retryCost from 0.01 and the other token amounts from 0 by the capacity', () => {
    expect(() => new RetryBudget({ capacity: 2, retryCost: 3 })).toThrow(
      'Expected `retryCost` to be a number from 0.01 to 2 (`capacity`), got 3.',
    );
    expect(() => new RetryBudget({ capacity: 2, refillPerSuccess: 2.5 })).toThrow(
      'Expected `refillPerSuccess` to be a number from 0 to 2 (`capacity`), got 2.5.',
    );
  });
});

describe('resolveRetryBudgetSettings', () => {
  it('resolves the given fields over the base, clamping the inherited initial tokens', () => {
    const problems: Problem[] = [];
    expect(resolveRetryBudgetSettings({ capacity: 2 }, DEFAULT_RETRY_BUDGET, ['budget'], problems)).toEqual({
      capacity: 2,
      retryCost: 1,
      refillPerSuccess: 0.2,
      initialTokens: 2,
    });
    expect(problems).toEqual([]);
  });

  it('reports a bad field alone, under its path, and resolves nothing', () => {
    const problems: Problem[] = [];
    expect(
      resolveRetryBudgetSettings({ capacity: 0 }, DEFAULT_RETRY_BUDGET, ['budget'], problems),
    ).toBeUndefined();
    expect(problems).toEqual([
      { kind: 'invalid', path: ['budget', 'capacity'], expected: 'an integer from 1 to 1000000', value: 0 },
    ]);
  });

  it('reports an amount above the capacity and resolves nothing', () => {
    const problems: Problem[] = [];
    const given = { capacity: 2, retryCost: 3 };
    expect(resolveRetryBudgetSettings(given, DEFAULT_RETRY_BUDGET, ['budget'], problems)).toBeUndefined();
    expect(problems).toEqual([
      {
        kind: 'invalid',
        path: ['budget', 'retryCost'],
        expected: 'a number from 0.01 to 2 (`capacity`)',
        value: 3,
      },
    ]);
  });
});
