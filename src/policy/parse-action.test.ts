import { describe, expect, it } from 'vitest';
import { recover, retry, succeed } from './actions.js';
import { type JsonIssue, jsonObjectKeys, parseActionJSON } from './parse-action.js';

const parse = (value: unknown) => {
  const issues: JsonIssue[] = [];
  return { action: parseActionJSON(value, ['x'], issues), issues };
};

describe('parseActionJSON', () => {
  it('builds the same actions as the helpers', () => {
    expect(parse({ action: 'retry', maxAttempts: 4 }).action).toEqual(retry({ maxAttempts: 4 }));
    expect(parse({ action: 'succeed', reason: 'ok' }).action).toEqual(succeed({ reason: 'ok' }));
    expect(parse({ action: 'recover', recovery: 'reinit', maxRecoveries: 2 }).action).toEqual(
      recover('reinit', { maxRecoveries: 2 }),
    );
  });

  it('reports every field problem and builds nothing', () => {
    const { action, issues } = parse({ action: 'retry', maxAttempts: '3', baseDelayMs: -1, extra: true });
    expect(action).toBeUndefined();
    expect(issues.map((i) => i.path.join('.'))).toEqual(['x.maxAttempts', 'x.baseDelayMs', 'x.extra']);
  });

  it('refuses a missing action', () => {
    expect(parse({}).issues).toEqual([
      { path: ['x'], message: 'missing field "action" (one of retry, succeed, recover, fail)' },
    ]);
  });
});

describe('parseActionJSON: exact issues', () => {
  it('names the known fields of the action for an unknown one', () => {
    expect(parse({ action: 'fail', tries: 2 }).issues).toEqual([
      { path: ['x', 'tries'], message: 'unknown field (expected one of reason)' },
    ]);
    expect(parse({ action: 'retry', tries: 2 }).issues).toEqual([
      {
        path: ['x', 'tries'],
        message: 'unknown field (expected one of maxAttempts, baseDelayMs, maxDelayMs, jitter, reason)',
      },
    ]);
  });

  it('reports an unknown recovery under the recovery field', () => {
    expect(parse({ action: 'recover', recovery: 'reboot' }).issues).toEqual([
      {
        path: ['x', 'recovery'],
        message: expect.stringMatching(/^expected one of 'reenterRoom'.*, got "reboot"$/),
      },
    ]);
  });

  it('accepts a cap equal to the base delay, and refuses one below it under maxDelayMs', () => {
    expect(parse({ action: 'retry', baseDelayMs: 1000, maxDelayMs: 1000 })).toEqual({
      action: retry({ baseDelayMs: 1000, maxDelayMs: 1000 }),
      issues: [],
    });
    expect(parse({ action: 'retry', maxDelayMs: 199 }).issues).toEqual([
      { path: ['x', 'maxDelayMs'], message: 'expected an integer from 200 (baseDelayMs) to 300000, got 199' },
    ]);
  });

  it('compares the cap with the base only once every field is valid', () => {
    expect(parse({ action: 'retry', maxAttempts: 0, baseDelayMs: 1000, maxDelayMs: 10 }).issues).toEqual([
      { path: ['x', 'maxAttempts'], message: 'expected an integer from 1 to 20, got 0' },
    ]);
  });
});

describe('jsonObjectKeys', () => {
  it('drops and reports forbidden keys', () => {
    const issues: JsonIssue[] = [];
    const value = JSON.parse('{"a":1,"__proto__":2,"prototype":3}');
    expect(jsonObjectKeys(value, [], issues)).toEqual(['a']);
    expect(issues.map((i) => i.path[0])).toEqual(['__proto__', 'prototype']);
  });
});
