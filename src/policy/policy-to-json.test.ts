import { describe, expect, it } from 'vitest';
import { fail, recover, retry, succeed } from './actions.js';
import { definePolicy } from './define-policy.js';
import { parsePolicy } from './parse-policy.js';
import { policyToJSON } from './policy-to-json.js';

describe('policyToJSON', () => {
  const policy = definePolicy({
    codes: { 7004: retry({ maxAttempts: 4, reason: 'flaky' }), 1003: succeed() },
    operations: { enterRoom: { 7006: recover('refreshAuth', { maxRecoveries: 2 }) } },
    categories: { server: fail() },
    default: fail({ reason: 'nothing else' }),
    budget: { capacity: 12 },
    breaker: false,
    reconnect: { hold: 'failures' },
  });

  it('writes every rule and setting out explicitly', () => {
    expect(policyToJSON(policy)).toEqual({
      codes: {
        1003: { action: 'succeed' },
        7004: {
          action: 'retry',
          maxAttempts: 4,
          baseDelayMs: 200,
          maxDelayMs: 5000,
          jitter: 'full',
          reason: 'flaky',
        },
      },
      operations: { enterRoom: { 7006: { action: 'recover', recovery: 'refreshAuth', maxRecoveries: 2 } } },
      categories: { server: { action: 'fail' } },
      default: { action: 'fail', reason: 'nothing else' },
      budget: { capacity: 12, retryCost: 1, refillPerSuccess: 0.2, initialTokens: 3 },
      breaker: false,
      reconnect: { hold: 'failures', maxHoldMs: 60_000 },
    });
  });

  it('round-trips through JSON text and parsePolicy to a deep-equal policy', () => {
    const text = JSON.stringify(policyToJSON(policy));
    expect(parsePolicy(text)._unsafeUnwrap()).toEqual(policy);
  });

  it('flattens inherited rules', () => {
    const child = definePolicy({ extends: policy, codes: { 7004: fail() } });
    const json = policyToJSON(child);
    expect(Object.keys(json.codes ?? {})).toEqual(['1003', '7004']);
    expect(json.operations?.enterRoom).toBeDefined();
  });

  it('throws a TypeError naming the rule with a custom recovery function', () => {
    const custom = definePolicy({
      operations: { switchRoom: { 2002: recover(async () => ({ next: 'retry' })) } },
    });
    expect(() => policyToJSON(custom)).toThrow(
      new TypeError('Cannot turn `operations.switchRoom.2002` into JSON: its recovery is a function.'),
    );
  });
});

describe('policyToJSON: exact output', () => {
  it('writes budget: false and breaker: false as false', () => {
    const json = policyToJSON(definePolicy({ budget: false, breaker: false }));
    expect([json.budget, json.breaker]).toEqual([false, false]);
  });

  it('writes a breaker object when there is one', () => {
    const json = policyToJSON(definePolicy({ budget: false }));
    expect(json.budget).toBe(false);
    expect(json.breaker).toEqual(expect.objectContaining({ failureThreshold: expect.any(Number) }));
  });

  it('writes no reason key for an action without a reason', () => {
    const json = policyToJSON(definePolicy({ codes: { 1003: succeed(), 7004: retry() }, default: fail() }));
    expect(Object.keys(json.codes?.[1003] ?? {})).toEqual(['action']);
    expect(Object.keys(json.codes?.[7004] ?? {})).toEqual([
      'action',
      'maxAttempts',
      'baseDelayMs',
      'maxDelayMs',
      'jitter',
    ]);
    expect(Object.keys(json.default ?? {})).toEqual(['action']);
  });

  it('skips an operation entry that is undefined', () => {
    const base = definePolicy({});
    const odd = { ...base, operations: { enterRoom: undefined } } as unknown as typeof base;
    expect(policyToJSON(odd).operations).toEqual({});
  });

  it.each([
    ['codes.2002', { codes: { 2002: recover(async () => ({ next: 'retry' })) } }],
    ['categories.server', { categories: { server: recover(async () => ({ next: 'retry' })) } }],
    ['default', { default: recover(async () => ({ next: 'retry' })) }],
  ] as const)('names `%s` when its recovery is a function', (path, options) => {
    expect(() => policyToJSON(definePolicy(options))).toThrow(
      new TypeError(`Cannot turn \`${path}\` into JSON: its recovery is a function.`),
    );
  });
});
