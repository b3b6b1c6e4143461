import { describe, expect, it } from 'vitest';
import { fail, recover, retry, succeed } from './actions.js';
import { definePolicy, type Policy } from './define-policy.js';
import { resolveAction } from './resolve-action.js';

const opRule = recover('reenterRoom');
const codeRule = fail();
const categoryRule = retry({ maxAttempts: 2 });
const fallback = succeed();
const policy = definePolicy({
  codes: { 2002: codeRule },
  operations: { switchRoom: { 2002: opRule } },
  categories: { server: categoryRule },
  default: fallback,
});

describe('resolveAction', () => {
  it('operation + code wins over code', () => {
    expect(resolveAction(policy, 'switchRoom', 2002)).toEqual({ action: opRule, rule: 'operation' });
  });

  it('code wins over category and default', () => {
    expect(resolveAction(policy, 'enterRoom', 2002)).toEqual({ action: codeRule, rule: 'code' });
  });

  it("falls back to the code's catalog category", () => {
    expect(resolveAction(policy, 'enterRoom', 10004)).toEqual({ action: categoryRule, rule: 'category' });
  });

  it('ends at the default for codes nothing names, unknown codes included', () => {
    expect(resolveAction(policy, 'enterRoom', 7004)).toEqual({ action: fallback, rule: 'default' });
    expect(resolveAction(policy, 'someRawMethod', 99_999)).toEqual({ action: fallback, rule: 'default' });
  });

  it('returns the same prebuilt object each time (no allocation per lookup)', () => {
    expect(resolveAction(policy, 'enterRoom', 2002)).toBe(resolveAction(policy, 'exitRoom', 2002));
  });

  it('works for a policy object from another copy of the package (built lazily)', () => {
    const foreign: Policy = {
      codes: { 7004: codeRule },
      operations: {},
      categories: {},
      default: fallback,
      budget: false,
      breaker: false,
      reconnect: { hold: 'off', maxHoldMs: 0 },
    };
    expect(resolveAction(foreign, 'enterRoom', 7004).rule).toBe('code');
  });

  it('names the rule kind of each level for a policy made in place', () => {
    const made = definePolicy({
      codes: { 2002: codeRule },
      operations: { switchRoom: { 2002: opRule } },
      categories: { server: categoryRule },
      default: fallback,
    });
    expect(resolveAction(made, 'switchRoom', 2002)).toEqual({ action: opRule, rule: 'operation' });
    expect(resolveAction(made, 'enterRoom', 2002)).toEqual({ action: codeRule, rule: 'code' });
    expect(resolveAction(made, 'enterRoom', 10004)).toEqual({ action: categoryRule, rule: 'category' });
    expect(resolveAction(made, 'enterRoom', 7004)).toEqual({ action: fallback, rule: 'default' });
  });

  it('reads operation and category rules of a foreign policy, skipping an operation given as undefined', () => {
    const foreign = {
      codes: {},
      operations: { enterRoom: undefined, switchRoom: { 2002: opRule } },
      categories: { server: categoryRule },
      default: fallback,
      budget: false,
      breaker: false,
    } as unknown as Policy;
    expect(resolveAction(foreign, 'enterRoom', 2002)).toEqual({ action: fallback, rule: 'default' });
    expect(resolveAction(foreign, 'switchRoom', 2002)).toEqual({ action: opRule, rule: 'operation' });
    expect(resolveAction(foreign, 'enterRoom', 10004)).toEqual({ action: categoryRule, rule: 'category' });
  });
});
